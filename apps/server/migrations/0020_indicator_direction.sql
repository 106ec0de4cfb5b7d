ALTER TABLE "indicator" ADD COLUMN "direction" text DEFAULT 'higher' NOT NULL;--> statement-breakpoint
-- Seeded indicators where less is better (malnutrition, deaths, dropouts, abuse) or where neither way is a judgement.
UPDATE "indicator" SET "direction" = 'lower' WHERE "code" IN ('DP.0202', 'DP.0203', 'DP.0204', 'DP.0205', 'DP.0207', 'DP.0208', 'DP.0304', 'DP.0401', 'DP.0701', 'XH.0101');--> statement-breakpoint
UPDATE "indicator" SET "direction" = 'neutral' WHERE "code" IN ('DP.0101', 'DP.0301', 'DP.0801');
