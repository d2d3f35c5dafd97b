import { placedAnchorOn } from "../../lib/db/annotations";
import type { Db } from "../../lib/db/client";
import { plainTextToRichText } from "../../lib/rich-text/from-plain-text";

// One submission in the making, so the Submissions page has something to open: the coalition's
// comments on the revised draft, in the order of the articles, before anyone has reordered them.

export const demoSubmission = {
  title: "Joint comments on the revised draft: safeguards first",
  signatories: ["Digital Rights Coalition (sample NGO)", "Trung tâm Nghiên cứu Quyền và Chính sách Số (mẫu)"],
  introduction:
    "The organisations signing this submission follow the negotiation of the sample convention. We welcome the stronger wording of the conditions and safeguards article and ask the committee to make prior judicial authorisation explicit, to limit the criminal offences to those defined in the convention, and to keep the protection of personal data as an article of its own.",
  author: "ha.nguyen@rights-coalition.example",
};

/** The coalition's shared (not private) annotations on words of the draft, as a submission by Hà. */
export async function seedSubmission(db: Db, draftId: string): Promise<void> {
  const author = await db.user.findUniqueOrThrow({ where: { email: demoSubmission.author }, include: { memberships: true } });
  const organizationId = author.memberships[0]!.organizationId;
  const anchors = await db.annotationAnchor.findMany({
    where: { ...placedAnchorOn(draftId), annotation: { organizationId, visibility: { not: "PRIVATE" }, deletedAt: null } },
    include: { provision: { select: { ordinal: true } } },
  });
  anchors.sort((a, b) => a.provision!.ordinal - b.provision!.ordinal || (a.start ?? 0) - (b.start ?? 0));
  await db.submission.create({
    data: {
      draftId,
      title: demoSubmission.title,
      signatories: demoSubmission.signatories,
      introduction: plainTextToRichText(demoSubmission.introduction),
      organizationId,
      createdById: author.id,
      items: { create: anchors.map((anchor, position) => ({ annotationId: anchor.annotationId, position })) },
    },
  });
}
