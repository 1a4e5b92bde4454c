CREATE SEQUENCE "public"."order_number_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 10001 CACHE 1;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "order_number" bigint DEFAULT nextval('order_number_seq') NOT NULL;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_order_number" UNIQUE("order_number");--> statement-breakpoint
-- Backfill: adding the column numbered existing orders in whatever order the table rewrite met
-- them; renumber them in creation order (10001, 10002, …), through negative values so the unique
-- constraint never sees two rows with one number, and let the sequence continue after the last.
UPDATE "orders" SET "order_number" = -numbered.n
  FROM (SELECT "id", row_number() OVER (ORDER BY "created_at", "id") AS n FROM "orders") AS numbered
  WHERE "orders"."id" = numbered."id";--> statement-breakpoint
UPDATE "orders" SET "order_number" = 10000 - "order_number";--> statement-breakpoint
SELECT setval('order_number_seq', greatest((SELECT max("order_number") FROM "orders"), 10000));
