ALTER TABLE "product_variants" ADD COLUMN "revision" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- Every update of a variant, by whoever (checkout, expiry, admin, import), counts one revision: the
-- admin's price edit names the revision it saw and is refused when the variant moved on since.
CREATE OR REPLACE FUNCTION product_variants_touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.updated_at := now();
  NEW.revision := OLD.revision + 1;
  RETURN NEW;
END
$$;--> statement-breakpoint
-- The dashboard's low-stock list reads variants now (product_variants_low_stock_idx); nothing else
-- filtered or sorted products by stock. 0011 created it only if missing, so drop it only if present.
DROP INDEX IF EXISTS "products_low_stock_idx";
