CREATE TABLE "product_variants" (
	"id" uuid PRIMARY KEY NOT NULL,
	"product_id" uuid NOT NULL,
	"sku" text NOT NULL,
	"option_values" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"price" integer NOT NULL,
	"compare_at_price" integer,
	"stock" integer NOT NULL,
	"barcode" text,
	"weight_grams" integer,
	"image_indexes" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"position" integer NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp (3) with time zone,
	CONSTRAINT "product_variants_price_non_negative" CHECK ("product_variants"."price" >= 0),
	CONSTRAINT "product_variants_stock_non_negative" CHECK ("product_variants"."stock" >= 0),
	CONSTRAINT "product_variants_compare_at_above_price" CHECK ("product_variants"."compare_at_price" is null or "product_variants"."compare_at_price" > "product_variants"."price"),
	CONSTRAINT "product_variants_weight_non_negative" CHECK ("product_variants"."weight_grams" is null or "product_variants"."weight_grams" >= 0)
);
--> statement-breakpoint
ALTER TABLE "product_variants" ADD CONSTRAINT "product_variants_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "product_variants_sku_idx" ON "product_variants" USING btree ("sku");--> statement-breakpoint
CREATE UNIQUE INDEX "product_variants_options_idx" ON "product_variants" USING btree ("product_id","option_values") WHERE "product_variants"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "product_variants_product_idx" ON "product_variants" USING btree ("product_id","position");--> statement-breakpoint
CREATE INDEX "product_variants_low_stock_idx" ON "product_variants" USING btree ("stock") WHERE "product_variants"."deleted_at" is null;--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "options" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
-- Every existing product becomes its own default variant (DESIGN §10): same stock and price, its
-- slug as the SKU (unique, as slugs are). Soft-deleted products keep a (soft-deleted) variant so
-- their order lines can name one.
INSERT INTO "product_variants" ("id", "product_id", "sku", "price", "stock", "position", "created_at", "deleted_at")
  SELECT gen_random_uuid(), "id", upper("slug"), "price", "stock", 0, "created_at", "deleted_at" FROM "products";--> statement-breakpoint
ALTER TABLE "cart_lines" ADD COLUMN "variant_id" uuid;--> statement-breakpoint
UPDATE "cart_lines" SET "variant_id" = v."id" FROM "product_variants" v WHERE v."product_id" = "cart_lines"."product_id";--> statement-breakpoint
ALTER TABLE "cart_lines" ALTER COLUMN "variant_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "cart_lines" DROP CONSTRAINT "cart_lines_shopper_id_product_id_pk";--> statement-breakpoint
ALTER TABLE "cart_lines" ADD CONSTRAINT "cart_lines_shopper_id_variant_id_pk" PRIMARY KEY("shopper_id","variant_id");--> statement-breakpoint
ALTER TABLE "cart_lines" ADD CONSTRAINT "cart_lines_variant_id_product_variants_id_fk" FOREIGN KEY ("variant_id") REFERENCES "public"."product_variants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wishlist_items" ADD COLUMN "variant_id" uuid;--> statement-breakpoint
UPDATE "wishlist_items" SET "variant_id" = v."id" FROM "product_variants" v WHERE v."product_id" = "wishlist_items"."product_id";--> statement-breakpoint
ALTER TABLE "wishlist_items" ADD CONSTRAINT "wishlist_items_variant_id_product_variants_id_fk" FOREIGN KEY ("variant_id") REFERENCES "public"."product_variants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- Order lines (and so the stock reservations of unpaid orders, which are their lines) move onto the
-- default variants; their SKU is the one the variant got above.
ALTER TABLE "order_lines" ADD COLUMN "variant_id" uuid;--> statement-breakpoint
ALTER TABLE "order_lines" ADD COLUMN "sku" text;--> statement-breakpoint
ALTER TABLE "order_lines" ADD COLUMN "options" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
UPDATE "order_lines" SET "variant_id" = v."id", "sku" = v."sku" FROM "product_variants" v WHERE v."product_id" = "order_lines"."product_id";--> statement-breakpoint
ALTER TABLE "order_lines" ALTER COLUMN "variant_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "order_lines" ALTER COLUMN "sku" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "order_lines" DROP CONSTRAINT "order_lines_order_id_product_id_pk";--> statement-breakpoint
ALTER TABLE "order_lines" ADD CONSTRAINT "order_lines_order_id_variant_id_pk" PRIMARY KEY("order_id","variant_id");--> statement-breakpoint
ALTER TABLE "order_lines" ADD CONSTRAINT "order_lines_variant_id_product_variants_id_fk" FOREIGN KEY ("variant_id") REFERENCES "public"."product_variants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- A product's stock and price are its live variants' total stock and lowest price. One statement
-- trigger per event keeps them, so every write of a variant (checkout, expiry, admin, import) also
-- writes its product, whose own trigger then moves it past every sync cursor (decision 0016).
CREATE FUNCTION product_variants_roll_up() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE products p
  SET stock = coalesce(live.stock, 0), price = coalesce(live.price, p.price)
  FROM (SELECT DISTINCT product_id FROM changed_rows) touched
  LEFT JOIN LATERAL (
    SELECT sum(v.stock)::integer AS stock, min(v.price) AS price
    FROM product_variants v
    WHERE v.product_id = touched.product_id AND v.deleted_at IS NULL
  ) live ON true
  WHERE p.id = touched.product_id;
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER product_variants_roll_up_insert AFTER INSERT ON product_variants
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION product_variants_roll_up();--> statement-breakpoint
CREATE TRIGGER product_variants_roll_up_update AFTER UPDATE ON product_variants
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION product_variants_roll_up();--> statement-breakpoint
CREATE TRIGGER product_variants_roll_up_delete AFTER DELETE ON product_variants
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION product_variants_roll_up();--> statement-breakpoint
CREATE FUNCTION product_variants_touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END
$$;--> statement-breakpoint
CREATE TRIGGER product_variants_touch BEFORE UPDATE ON product_variants
  FOR EACH ROW EXECUTE FUNCTION product_variants_touch();
--> statement-breakpoint
-- Written anywhere but by the roll-up, a product's stock or price would disagree with its variants
-- until the next variant write: refuse it loudly instead.
CREATE FUNCTION products_guard_roll_up() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF pg_trigger_depth() = 1 AND (NEW.stock IS DISTINCT FROM OLD.stock OR NEW.price IS DISTINCT FROM OLD.price) THEN
    RAISE EXCEPTION 'products.stock and products.price follow the product''s variants: write product_variants'
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END
$$;--> statement-breakpoint
CREATE TRIGGER products_guard_roll_up BEFORE UPDATE ON products
  FOR EACH ROW EXECUTE FUNCTION products_guard_roll_up();
