-- AlterEnum
ALTER TYPE "AuditEntity" ADD VALUE 'CARE_LINK';

-- AlterTable
ALTER TABLE "Session" ADD COLUMN     "recordedByCareLinkId" TEXT,
ADD COLUMN     "recordedByCaregiverName" TEXT;

-- CreateTable
CREATE TABLE "CareLink" (
    "id" TEXT NOT NULL,
    "patientId" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "caregiverName" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "lastUsedAt" TIMESTAMP(3),

    CONSTRAINT "CareLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CareLinkFailure" (
    "id" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "attemptedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CareLinkFailure_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CareLink_tokenHash_key" ON "CareLink"("tokenHash");

-- CreateIndex
CREATE INDEX "CareLink_patientId_createdAt_idx" ON "CareLink"("patientId", "createdAt");

-- CreateIndex
CREATE INDEX "CareLinkFailure_address_attemptedAt_idx" ON "CareLinkFailure"("address", "attemptedAt");

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_recordedByCareLinkId_fkey" FOREIGN KEY ("recordedByCareLinkId") REFERENCES "CareLink"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CareLink" ADD CONSTRAINT "CareLink_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "Patient"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CareLink" ADD CONSTRAINT "CareLink_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

