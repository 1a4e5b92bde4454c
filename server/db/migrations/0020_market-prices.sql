CREATE TABLE "exchange_rates" (
	"currency" char(3) PRIMARY KEY NOT NULL,
	"rate_micros" bigint NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "exchange_rates_rate_positive" CHECK ("exchange_rates"."rate_micros" > 0)
);
--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "tax_mode" text DEFAULT 'exclusive' NOT NULL;--> statement-breakpoint
ALTER TABLE "product_variants" ADD COLUMN "market_prices" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_tax_mode_known" CHECK ("orders"."tax_mode" in ('exclusive', 'inclusive'));--> statement-breakpoint
ALTER TABLE "product_variants" ADD CONSTRAINT "product_variants_market_prices_object" CHECK (jsonb_typeof("product_variants"."market_prices") = 'object');