-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- DropIndex
DROP INDEX "Course_patientId_idx";

-- AlterTable
ALTER TABLE "Patient" ADD COLUMN     "nextCourseDueOn" DATE;

-- CreateIndex
CREATE INDEX "User_name_idx" ON "User" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "User_email_idx" ON "User" USING GIN ("email" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Patient_nextCourseDueOn_lastName_firstName_id_idx" ON "Patient"("nextCourseDueOn", "lastName", "firstName", "id");

-- CreateIndex
CREATE INDEX "Patient_firstName_idx" ON "Patient" USING GIN ("firstName" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Patient_lastName_idx" ON "Patient" USING GIN ("lastName" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Course_patientId_status_idx" ON "Course"("patientId", "status");


-- Backfill: the date lib/domain/next-course-due.ts (childNextCourseDueOn) gives for the courses
-- already stored: while a child's latest course (by start date, then prescription) is completed
-- and none runs, its last session done plus its break. From now on the use cases write it.
UPDATE "Patient" AS p
SET "nextCourseDueOn" = due."on"
FROM (
  SELECT latest."patientId",
         (SELECT max(s."scheduledOn") FROM "Session" s WHERE s."courseId" = latest."id" AND s."status" = 'DONE')
           + latest."breakAfterDays" AS "on"
  FROM (
    SELECT DISTINCT ON (c."patientId") c."patientId", c."id", c."status", c."breakAfterDays"
    FROM "Course" c
    ORDER BY c."patientId", c."startDate" DESC, c."createdAt" DESC
  ) AS latest
  WHERE latest."status" = 'COMPLETED'
    AND NOT EXISTS (SELECT 1 FROM "Course" a WHERE a."patientId" = latest."patientId" AND a."status" = 'ACTIVE')
) AS due
WHERE p."id" = due."patientId";
