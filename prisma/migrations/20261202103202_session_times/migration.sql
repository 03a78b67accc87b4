-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "btree_gist";

-- AlterTable
ALTER TABLE "Session" ADD COLUMN     "endMinute" INTEGER,
ADD COLUMN     "room" TEXT,
ADD COLUMN     "startMinute" INTEGER,
ADD COLUMN     "therapistId" TEXT;

-- CreateIndex
CREATE INDEX "Session_therapistId_scheduledOn_idx" ON "Session"("therapistId", "scheduledOn");

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_therapistId_fkey" FOREIGN KEY ("therapistId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Two sessions holding one therapist's time, or one room, never overlap: a clinic session
-- occupies the minutes from startMinute to endMinute of its day, counted here from 2000-01-01
-- so that one integer range compares sessions across days. Sessions missed or postponed hold no
-- time (their slot is free again), nor do sessions with no time (booked before times existed).
-- Existing sessions keep no time: nobody knows when they were agreed, and a guessed default
-- would tell families a wrong time and could put two children with one therapist at once.
ALTER TABLE "Session" ADD CONSTRAINT "Session_therapist_time_excl" EXCLUDE USING gist (
  "therapistId" WITH =,
  int4range(("scheduledOn" - DATE '2000-01-01') * 1440 + "startMinute", ("scheduledOn" - DATE '2000-01-01') * 1440 + "endMinute") WITH &&
) WHERE ("therapistId" IS NOT NULL AND "startMinute" IS NOT NULL AND "status" IN ('SCHEDULED', 'DONE')) DEFERRABLE INITIALLY IMMEDIATE;

ALTER TABLE "Session" ADD CONSTRAINT "Session_room_time_excl" EXCLUDE USING gist (
  "room" WITH =,
  int4range(("scheduledOn" - DATE '2000-01-01') * 1440 + "startMinute", ("scheduledOn" - DATE '2000-01-01') * 1440 + "endMinute") WITH &&
) WHERE ("room" IS NOT NULL AND "startMinute" IS NOT NULL AND "status" IN ('SCHEDULED', 'DONE')) DEFERRABLE INITIALLY IMMEDIATE;

ALTER TABLE "Session" ADD CONSTRAINT "Session_time_order_check" CHECK (
  ("startMinute" IS NULL AND "endMinute" IS NULL) OR ("startMinute" >= 0 AND "endMinute" > "startMinute" AND "endMinute" <= 1440)
);
