-- CreateTable
CREATE TABLE "FileLink" (
    "id" SERIAL NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "filename" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FileLink_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "FileLink_tokenHash_key" ON "FileLink"("tokenHash");

-- CreateIndex
CREATE INDEX "FileLink_expiresAt_idx" ON "FileLink"("expiresAt");

