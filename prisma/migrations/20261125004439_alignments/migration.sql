-- CreateEnum
CREATE TYPE "AlignmentPairKind" AS ENUM ('UNCHANGED', 'CHANGED', 'SPLIT', 'MERGED', 'ADDED', 'REMOVED');

-- CreateEnum
CREATE TYPE "AlignmentSide" AS ENUM ('FROM', 'TO');

-- AlterTable
ALTER TABLE "Provision" ADD COLUMN     "notes" TEXT;

-- CreateTable
CREATE TABLE "Alignment" (
    "id" TEXT NOT NULL,
    "fromDraftId" TEXT NOT NULL,
    "toDraftId" TEXT NOT NULL,
    "computedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Alignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AlignmentPair" (
    "id" TEXT NOT NULL,
    "alignmentId" TEXT NOT NULL,
    "kind" "AlignmentPairKind" NOT NULL,
    "renumbered" BOOLEAN NOT NULL DEFAULT false,
    "moved" BOOLEAN NOT NULL DEFAULT false,
    "score" DOUBLE PRECISION NOT NULL,
    "reasons" TEXT[],
    "position" INTEGER NOT NULL,
    "confirmedById" TEXT,
    "confirmedAt" TIMESTAMP(3),

    CONSTRAINT "AlignmentPair_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AlignmentPairProvision" (
    "pairId" TEXT NOT NULL,
    "provisionId" TEXT NOT NULL,
    "side" "AlignmentSide" NOT NULL,

    CONSTRAINT "AlignmentPairProvision_pkey" PRIMARY KEY ("pairId","provisionId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Alignment_fromDraftId_toDraftId_key" ON "Alignment"("fromDraftId", "toDraftId");

-- CreateIndex
CREATE INDEX "AlignmentPair_alignmentId_position_idx" ON "AlignmentPair"("alignmentId", "position");

-- CreateIndex
CREATE INDEX "AlignmentPairProvision_provisionId_idx" ON "AlignmentPairProvision"("provisionId");

-- AddForeignKey
ALTER TABLE "Alignment" ADD CONSTRAINT "Alignment_fromDraftId_fkey" FOREIGN KEY ("fromDraftId") REFERENCES "Draft"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Alignment" ADD CONSTRAINT "Alignment_toDraftId_fkey" FOREIGN KEY ("toDraftId") REFERENCES "Draft"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AlignmentPair" ADD CONSTRAINT "AlignmentPair_alignmentId_fkey" FOREIGN KEY ("alignmentId") REFERENCES "Alignment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AlignmentPair" ADD CONSTRAINT "AlignmentPair_confirmedById_fkey" FOREIGN KEY ("confirmedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AlignmentPairProvision" ADD CONSTRAINT "AlignmentPairProvision_pairId_fkey" FOREIGN KEY ("pairId") REFERENCES "AlignmentPair"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AlignmentPairProvision" ADD CONSTRAINT "AlignmentPairProvision_provisionId_fkey" FOREIGN KEY ("provisionId") REFERENCES "Provision"("id") ON DELETE CASCADE ON UPDATE CASCADE;

