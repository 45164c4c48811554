-- CreateTable
CREATE TABLE "FileLink" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "tokenHash" TEXT NOT NULL,
    "filename" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "bytes" BLOB NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "expiresAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "FileLink_tokenHash_key" ON "FileLink"("tokenHash");

-- CreateIndex
CREATE INDEX "FileLink_expiresAt_idx" ON "FileLink"("expiresAt");

