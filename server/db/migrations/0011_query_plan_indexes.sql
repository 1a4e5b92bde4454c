CREATE INDEX IF NOT EXISTS "applied_mutations_applied_idx" ON "applied_mutations" USING btree ("applied_at");--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "events_created_idx" ON "events" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "products_low_stock_idx" ON "products" USING btree ("stock") WHERE "products"."deleted_at" is null;