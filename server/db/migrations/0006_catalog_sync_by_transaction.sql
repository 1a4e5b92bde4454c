ALTER TABLE "categories" ADD COLUMN "xact_id" "xid8" DEFAULT pg_current_xact_id() NOT NULL;--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "xact_id" "xid8" DEFAULT pg_current_xact_id() NOT NULL;--> statement-breakpoint
CREATE INDEX "categories_xact_idx" ON "categories" USING btree ("xact_id","id");--> statement-breakpoint
CREATE INDEX "products_xact_idx" ON "products" USING btree ("xact_id","id");--> statement-breakpoint
-- The sync feed follows writing transactions, not change numbers (docs/decisions/0006): every
-- write also records its transaction, so a pull can tell which writers may still commit below it.
CREATE OR REPLACE FUNCTION catalog_stamp_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.version := nextval(format('%I.catalog_version', TG_TABLE_SCHEMA)::regclass);
  NEW.xact_id := pg_current_xact_id();
  NEW.updated_at := now();
  RETURN NEW;
END
$$;
