-- Each session carries its planned minutes (lib/domain/rules/planned-minutes.ts).
ALTER TABLE "Session" ADD COLUMN     "plannedMinutes" INTEGER;

-- Existing sessions get the plan the app would have made with the guide's defaults: the child's
-- first session 5 minutes, one more for each earlier session of the child (every course, in date
-- order), never over the course's session length. The age limit is already in that length, which
-- was checked against the child's age when the course was prescribed.
UPDATE "Session" AS s
SET "plannedMinutes" = GREATEST(1, LEAST(c."minutesPerSession", 5 + ordered.history_index))
FROM (
  SELECT s2."id", ROW_NUMBER() OVER (PARTITION BY c2."patientId" ORDER BY s2."scheduledOn", s2."id") - 1 AS history_index
  FROM "Session" AS s2
  JOIN "Course" AS c2 ON c2."id" = s2."courseId"
) AS ordered,
  "Course" AS c
WHERE ordered."id" = s."id" AND c."id" = s."courseId";

ALTER TABLE "Session" ALTER COLUMN "plannedMinutes" SET NOT NULL;
