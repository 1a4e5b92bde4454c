CREATE TABLE "collections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"title" jsonb NOT NULL,
	"description" jsonb NOT NULL,
	"image" jsonb,
	"kind" text NOT NULL,
	"rule" jsonb NOT NULL,
	"product_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"position" integer NOT NULL,
	"published" boolean DEFAULT false NOT NULL,
	"version" bigint DEFAULT nextval('catalog_version') NOT NULL,
	"xact_id" "xid8" DEFAULT pg_current_xact_id() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp (3) with time zone,
	CONSTRAINT "collections_kind_known" CHECK ("collections"."kind" in ('manual', 'rule'))
);
--> statement-breakpoint
CREATE TABLE "home_layout" (
	"id" text PRIMARY KEY NOT NULL,
	"blocks" jsonb NOT NULL,
	"version" bigint DEFAULT nextval('catalog_version') NOT NULL,
	"xact_id" "xid8" DEFAULT pg_current_xact_id() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp (3) with time zone,
	CONSTRAINT "home_layout_one_row" CHECK ("home_layout"."id" = 'home')
);
--> statement-breakpoint
CREATE UNIQUE INDEX "collections_slug_idx" ON "collections" USING btree ("slug") WHERE "collections"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "collections_position_idx" ON "collections" USING btree ("position");--> statement-breakpoint
-- Collections and the home layout are stamped like catalog rows (migrations 0001, 0006): every write,
-- hand-written SQL included, takes the next change number, so the storefront document's ETag moves on.
CREATE TRIGGER collections_stamp_version BEFORE INSERT OR UPDATE ON collections
  FOR EACH ROW EXECUTE FUNCTION catalog_stamp_version();
--> statement-breakpoint
CREATE TRIGGER collections_forbid_delete BEFORE DELETE ON collections
  FOR EACH ROW EXECUTE FUNCTION catalog_forbid_delete();
--> statement-breakpoint
CREATE TRIGGER home_layout_stamp_version BEFORE INSERT OR UPDATE ON home_layout
  FOR EACH ROW EXECUTE FUNCTION catalog_stamp_version();
