-- Gestational age at birth is recorded in weeks and days and stored as days (32+3 = 227).
ALTER TABLE "Patient" ADD COLUMN     "gestationalAgeDays" INTEGER;

-- Whole weeks recorded so far become the same number of days (32 weeks = 224 days).
UPDATE "Patient" SET "gestationalAgeDays" = "gestationalAgeWeeks" * 7 WHERE "gestationalAgeWeeks" IS NOT NULL;

ALTER TABLE "Patient" DROP COLUMN "gestationalAgeWeeks";
