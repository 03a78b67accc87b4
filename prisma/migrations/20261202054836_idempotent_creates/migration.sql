-- AlterTable
ALTER TABLE "User" ADD COLUMN     "idempotencyKey" TEXT;

-- AlterTable
ALTER TABLE "Patient" ADD COLUMN     "idempotencyKey" TEXT;

-- AlterTable
ALTER TABLE "Indication" ADD COLUMN     "idempotencyKey" TEXT;

-- AlterTable
ALTER TABLE "Course" ADD COLUMN     "idempotencyKey" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "User_idempotencyKey_key" ON "User"("idempotencyKey");

-- CreateIndex
CREATE UNIQUE INDEX "Patient_idempotencyKey_key" ON "Patient"("idempotencyKey");

-- CreateIndex
CREATE UNIQUE INDEX "Indication_idempotencyKey_key" ON "Indication"("idempotencyKey");

-- CreateIndex
CREATE UNIQUE INDEX "Course_idempotencyKey_key" ON "Course"("idempotencyKey");


-- One running course per indication: a second prescription of the same indication, from another
-- form or a retry, cannot make two. Prisma's schema cannot express a partial index;
-- scripts/check-migrations.ts accepts the migrations' partial indexes for that reason.
CREATE UNIQUE INDEX "Course_one_active_per_indication" ON "Course"("indicationId") WHERE "status" = 'ACTIVE';
