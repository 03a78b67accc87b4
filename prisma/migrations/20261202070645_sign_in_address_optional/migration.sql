-- AlterTable
ALTER TABLE "SignInFailure" ALTER COLUMN "address" DROP NOT NULL;

