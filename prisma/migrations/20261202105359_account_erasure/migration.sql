-- CreateTable
CREATE TABLE "AccountErasure" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "erasedById" TEXT NOT NULL,
    "erasedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reason" TEXT NOT NULL,

    CONSTRAINT "AccountErasure_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AccountErasure_userId_key" ON "AccountErasure"("userId");

-- AddForeignKey
ALTER TABLE "AccountErasure" ADD CONSTRAINT "AccountErasure_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccountErasure" ADD CONSTRAINT "AccountErasure_erasedById_fkey" FOREIGN KEY ("erasedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

