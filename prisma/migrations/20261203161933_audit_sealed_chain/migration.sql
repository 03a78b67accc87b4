-- The audit log is appended without a lock and chained afterwards by a sealer
-- (lib/server/audit/seal-audit-log.ts): a row gets its insertion `sequence` as it is written and
-- its chain fields ("chainId", "prevHash", "hash") when it is sealed. Every existing row is
-- already chained: it keeps its id as "chainId", its hashes, and the same number as its sequence.

ALTER TABLE "AuditEvent" DROP CONSTRAINT "AuditEvent_pkey";
ALTER TABLE "AuditEvent" RENAME COLUMN "id" TO "chainId";
ALTER TABLE "AuditEvent" ALTER COLUMN "chainId" DROP NOT NULL, ALTER COLUMN "prevHash" DROP NOT NULL, ALTER COLUMN "hash" DROP NOT NULL;
CREATE UNIQUE INDEX "AuditEvent_chainId_key" ON "AuditEvent"("chainId");

-- Filling the new column is an UPDATE, which the append-only trigger refuses: it is off for this
-- one statement, inside the migration's transaction.
ALTER TABLE "AuditEvent" ADD COLUMN "sequence" BIGINT;
ALTER TABLE "AuditEvent" DISABLE TRIGGER "audit_event_no_update_or_delete";
UPDATE "AuditEvent" SET "sequence" = "chainId";
ALTER TABLE "AuditEvent" ENABLE TRIGGER "audit_event_no_update_or_delete";
CREATE SEQUENCE "AuditEvent_sequence_seq" OWNED BY "AuditEvent"."sequence";
SELECT setval('"AuditEvent_sequence_seq"', COALESCE((SELECT max("sequence") FROM "AuditEvent"), 0) + 1, false);
ALTER TABLE "AuditEvent" ALTER COLUMN "sequence" SET DEFAULT nextval('"AuditEvent_sequence_seq"'), ALTER COLUMN "sequence" SET NOT NULL;
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("sequence");

-- A row is sealed whole or not at all.
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_sealed_whole" CHECK (("chainId" IS NULL) = ("prevHash" IS NULL) AND ("chainId" IS NULL) = ("hash" IS NULL));

-- The sealer's work list: the rows not sealed yet, in insertion order.
CREATE INDEX "AuditEvent_unsealed_idx" ON "AuditEvent"("sequence") WHERE "chainId" IS NULL;

-- Still append-only, with one exception: sealing, which fills the chain fields of a row that has
-- none and changes nothing else. A sealed row, like any row before, cannot be changed or removed.
-- (Semicolons inside the body are written \073: the migration runner splits at every one.)
CREATE OR REPLACE FUNCTION "audit_event_append_only"() RETURNS trigger LANGUAGE plpgsql AS
  E'BEGIN IF TG_OP = ''UPDATE'' THEN IF OLD."chainId" IS NULL AND NEW."chainId" IS NOT NULL AND (to_jsonb(NEW) - ''chainId'' - ''prevHash'' - ''hash'') = (to_jsonb(OLD) - ''chainId'' - ''prevHash'' - ''hash'') THEN RETURN NEW\073 END IF\073 END IF\073 RAISE EXCEPTION ''The audit log is append-only: % is not allowed on "AuditEvent".'', TG_OP USING ERRCODE = ''insufficient_privilege''\073 END'
;
