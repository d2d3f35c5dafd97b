-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'EDITOR', 'ANALYST', 'VIEWER');

-- CreateEnum
CREATE TYPE "OrganizationKind" AS ENUM ('NGO', 'OHCHR', 'STATE', 'ACADEMIC', 'OTHER');

-- CreateEnum
CREATE TYPE "ProvisionKind" AS ENUM ('PREAMBLE', 'PART', 'CHAPTER', 'SECTION', 'TITLE', 'ARTICLE', 'PARAGRAPH', 'SUBPARAGRAPH', 'ANNEX');

-- CreateEnum
CREATE TYPE "NegotiationEventKind" AS ENUM ('RESOLUTION', 'SESSION', 'CONSULTATION', 'DRAFT_PUBLISHED', 'OTHER');

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "disabled" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Organization" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "OrganizationKind" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Treaty" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "isSample" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Treaty_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NegotiationEvent" (
    "id" TEXT NOT NULL,
    "treatyId" TEXT NOT NULL,
    "kind" "NegotiationEventKind" NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE,
    "place" TEXT,
    "scheduled" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "NegotiationEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NegotiationEventText" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT,

    CONSTRAINT "NegotiationEventText_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Draft" (
    "id" TEXT NOT NULL,
    "treatyId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "symbol" TEXT,
    "date" DATE NOT NULL,
    "language" TEXT NOT NULL,
    "source" TEXT,
    "position" INTEGER NOT NULL,
    "eventId" TEXT,
    "importedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Draft_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Provision" (
    "id" TEXT NOT NULL,
    "draftId" TEXT NOT NULL,
    "parentId" TEXT,
    "kind" "ProvisionKind" NOT NULL,
    "label" TEXT,
    "number" TEXT,
    "heading" TEXT,
    "text" TEXT NOT NULL DEFAULT '',
    "position" INTEGER NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "sourceLine" INTEGER,

    CONSTRAINT "Provision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Organization_slug_key" ON "Organization"("slug");

-- CreateIndex
CREATE INDEX "Membership_organizationId_idx" ON "Membership"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_userId_organizationId_key" ON "Membership"("userId", "organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "Treaty_slug_key" ON "Treaty"("slug");

-- CreateIndex
CREATE INDEX "NegotiationEvent_treatyId_startsOn_idx" ON "NegotiationEvent"("treatyId", "startsOn");

-- CreateIndex
CREATE UNIQUE INDEX "NegotiationEventText_eventId_language_key" ON "NegotiationEventText"("eventId", "language");

-- CreateIndex
CREATE INDEX "Draft_treatyId_position_idx" ON "Draft"("treatyId", "position");

-- CreateIndex
CREATE INDEX "Provision_parentId_idx" ON "Provision"("parentId");

-- CreateIndex
CREATE UNIQUE INDEX "Provision_draftId_ordinal_key" ON "Provision"("draftId", "ordinal");

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NegotiationEvent" ADD CONSTRAINT "NegotiationEvent_treatyId_fkey" FOREIGN KEY ("treatyId") REFERENCES "Treaty"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NegotiationEventText" ADD CONSTRAINT "NegotiationEventText_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "NegotiationEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Draft" ADD CONSTRAINT "Draft_treatyId_fkey" FOREIGN KEY ("treatyId") REFERENCES "Treaty"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Draft" ADD CONSTRAINT "Draft_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "NegotiationEvent"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Draft" ADD CONSTRAINT "Draft_importedById_fkey" FOREIGN KEY ("importedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Provision" ADD CONSTRAINT "Provision_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "Draft"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Provision" ADD CONSTRAINT "Provision_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Provision"("id") ON DELETE CASCADE ON UPDATE CASCADE;

