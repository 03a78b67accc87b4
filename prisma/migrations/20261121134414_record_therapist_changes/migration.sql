-- CreateTable
CREATE TABLE "TherapistChange" (
    "id" TEXT NOT NULL,
    "courseId" TEXT NOT NULL,
    "fromTherapistId" TEXT,
    "toTherapistId" TEXT NOT NULL,
    "changedById" TEXT NOT NULL,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TherapistChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TherapistChange_courseId_changedAt_idx" ON "TherapistChange"("courseId", "changedAt");

-- AddForeignKey
ALTER TABLE "TherapistChange" ADD CONSTRAINT "TherapistChange_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TherapistChange" ADD CONSTRAINT "TherapistChange_fromTherapistId_fkey" FOREIGN KEY ("fromTherapistId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TherapistChange" ADD CONSTRAINT "TherapistChange_toTherapistId_fkey" FOREIGN KEY ("toTherapistId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TherapistChange" ADD CONSTRAINT "TherapistChange_changedById_fkey" FOREIGN KEY ("changedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

