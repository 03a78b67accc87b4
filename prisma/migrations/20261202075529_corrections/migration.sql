-- CreateEnum
CREATE TYPE "CorrectedRecord" AS ENUM ('PATIENT', 'INDICATION');

-- CreateTable
CREATE TABLE "SessionCorrection" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "previousStatus" "SessionStatus" NOT NULL,
    "previousActualMinutes" INTEGER,
    "previousTolerance" "Tolerance",
    "previousNotes" TEXT NOT NULL,
    "previousReason" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "correctedById" TEXT NOT NULL,
    "correctedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SessionCorrection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RecordCorrection" (
    "id" TEXT NOT NULL,
    "recordType" "CorrectedRecord" NOT NULL,
    "recordId" TEXT NOT NULL,
    "patientId" TEXT NOT NULL,
    "previousValues" JSONB NOT NULL,
    "reason" TEXT NOT NULL,
    "correctedById" TEXT NOT NULL,
    "correctedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RecordCorrection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CourseReinstatement" (
    "id" TEXT NOT NULL,
    "courseId" TEXT NOT NULL,
    "cancelledAt" TIMESTAMP(3),
    "cancelledById" TEXT,
    "cancelReason" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "reinstatedById" TEXT NOT NULL,
    "reinstatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CourseReinstatement_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SessionCorrection_sessionId_correctedAt_idx" ON "SessionCorrection"("sessionId", "correctedAt");

-- CreateIndex
CREATE INDEX "SessionCorrection_correctedAt_idx" ON "SessionCorrection"("correctedAt");

-- CreateIndex
CREATE INDEX "RecordCorrection_recordType_recordId_correctedAt_idx" ON "RecordCorrection"("recordType", "recordId", "correctedAt");

-- CreateIndex
CREATE INDEX "RecordCorrection_correctedAt_idx" ON "RecordCorrection"("correctedAt");

-- CreateIndex
CREATE INDEX "CourseReinstatement_courseId_reinstatedAt_idx" ON "CourseReinstatement"("courseId", "reinstatedAt");

-- AddForeignKey
ALTER TABLE "SessionCorrection" ADD CONSTRAINT "SessionCorrection_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionCorrection" ADD CONSTRAINT "SessionCorrection_correctedById_fkey" FOREIGN KEY ("correctedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecordCorrection" ADD CONSTRAINT "RecordCorrection_correctedById_fkey" FOREIGN KEY ("correctedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CourseReinstatement" ADD CONSTRAINT "CourseReinstatement_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CourseReinstatement" ADD CONSTRAINT "CourseReinstatement_reinstatedById_fkey" FOREIGN KEY ("reinstatedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

