-- CreateEnum
CREATE TYPE "AuditAction" AS ENUM ('CREATE', 'READ', 'UPDATE', 'DELETE', 'EXPORT', 'SIGN_IN', 'SIGN_IN_FAILED', 'SIGN_OUT', 'ACCESS_REFUSED');

-- CreateEnum
CREATE TYPE "AuditEntity" AS ENUM ('PATIENT', 'INDICATION', 'COURSE', 'SESSION', 'ACCOUNT', 'CLINIC_SETTINGS', 'PAGE', 'PERMISSION');

-- CreateEnum
CREATE TYPE "AuditOutcome" AS ENUM ('SUCCESS', 'FORBIDDEN', 'NOT_FOUND', 'WRONG_CREDENTIALS', 'DEACTIVATED', 'THROTTLED', 'UNAVAILABLE');

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGINT NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL,
    "actorId" TEXT,
    "actorRole" "Role",
    "action" "AuditAction" NOT NULL,
    "entityType" "AuditEntity",
    "entityId" TEXT,
    "patientId" TEXT,
    "requestId" TEXT,
    "outcome" "AuditOutcome" NOT NULL,
    "prevHash" TEXT NOT NULL,
    "hash" TEXT NOT NULL,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AuditEvent_patientId_occurredAt_idx" ON "AuditEvent"("patientId", "occurredAt");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_occurredAt_idx" ON "AuditEvent"("actorId", "occurredAt");

-- CreateIndex
CREATE INDEX "AuditEvent_occurredAt_idx" ON "AuditEvent"("occurredAt");


-- Append-only, enforced by the database: whatever the code of the app or a stray SQL statement
-- does, an audit row once written cannot be changed or removed. Triggers do not fire under
-- `session_replication_role = replica`, which only a superuser (or a role granted SET on it) may
-- set: the test reset uses it (prisma/reset-database.ts), and the app role of a deployment must
-- be neither.
-- The migration runner (the driver adapter) splits a script at every semicolon, quoted or not, so
-- the function body is an escaped string whose semicolons are written \073 and whose comments
-- have none.
CREATE FUNCTION "audit_event_append_only"() RETURNS trigger LANGUAGE plpgsql AS
  E'BEGIN RAISE EXCEPTION ''The audit log is append-only: % is not allowed on "AuditEvent".'', TG_OP USING ERRCODE = ''insufficient_privilege''\073 END'
;

CREATE TRIGGER "audit_event_no_update_or_delete"
  BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION "audit_event_append_only"();

CREATE TRIGGER "audit_event_no_truncate"
  BEFORE TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_append_only"();
