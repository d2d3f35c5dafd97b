-- Replies can be edited and deleted by their authors; each change is kept in the annotation's history.
ALTER TYPE "AnnotationChange" ADD VALUE 'REPLY_EDITED';
ALTER TYPE "AnnotationChange" ADD VALUE 'REPLY_DELETED';

-- AlterTable
ALTER TABLE "AnnotationReply" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;
