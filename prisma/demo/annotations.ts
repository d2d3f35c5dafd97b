// Sample annotations of the demo: commentary that analysts of the demo organisations
// (accounts.ts) place on the sample drafts (sample-treaty.ts, drafts/). Most sit on the zero
// draft (sample-2-zero.en.txt) so that they can be carried forward to the revised draft; a few
// sit on the revised draft (sample-3-revised.en.txt).
//
// Every `exact` is copied character for character from the own text of the provision named by
// article / paragraph / subparagraph in that draft file.
//
// The Vietnamese annotations by Nguyễn Thu Hà make, in the project's own words, the points of
// the seed analysis of the November 2023 draft of the real UN convention
// (shared/corpus/seeds/analysis-nov2023-vi.txt): human rights, conditions and safeguards, the
// scope of international cooperation on electronic evidence, and offences established under
// other conventions. The sources quoted (States, academic centres) are fictional samples.
//
// Visibility fixtures relied on by tests: annotations with visibility "ORGANIZATION" by the
// Digital Rights Coalition accounts must not be visible to sofia.ramirez@ohchr.example; the
// "PRIVATE" one is visible to its author only.

export interface DemoAnnotation {
  /** A demo account email from accounts.ts. */
  author: string;
  /** Which sample draft file it is placed on. */
  draftFile: string;
  /** Article number as printed, e.g. "23". */
  article: string;
  /** Paragraph label as printed ("1.", "2.") or null for the article's own text (chapeau). */
  paragraph: string | null;
  /** E.g. "(a)" when the words are in a subparagraph of that paragraph. */
  subparagraph?: string;
  /** The exact words selected, copied from that provision's own text in the draft file. */
  exact: string;
  /** The commentary, plain text, paragraphs separated by a blank line. */
  body: string;
  language: "vi" | "en" | "ar" | "es" | "fr";
  tags: string[];
  stance: "CONCERN" | "SUPPORT" | "PROPOSAL" | "QUESTION";
  sourceKind: "NGO" | "OHCHR" | "STATE" | "ACADEMIC" | "OTHER";
  sourceOrganization: string;
  visibility: "PRIVATE" | "ORGANIZATION" | "PUBLIC";
  /** An amendment replacing `exact`, when stance is PROPOSAL. */
  proposedText?: string;
  replies?: { author: string; body: string }[];
}

const HA = "ha.nguyen@rights-coalition.example";
const DANIEL = "daniel.okafor@rights-coalition.example";
const SOFIA = "sofia.ramirez@ohchr.example";
const EDITOR = "editor@draftwatch.example";

const ZERO_DRAFT = "sample-2-zero.en.txt";
const REVISED_DRAFT = "sample-3-revised.en.txt";

const NGO = "Digital Rights Coalition (sample NGO)";
const OHCHR = "UN Human Rights Office (OHCHR) — demo";

/** Joins paragraphs with a blank line. */
function paragraphs(...parts: string[]): string {
  return parts.join("\n\n");
}

export const demoAnnotations: DemoAnnotation[] = [
  // ── Nguyễn Thu Hà (NGO), in Vietnamese ─────────────────────────────────────────────────────
  {
    author: HA,
    draftFile: ZERO_DRAFT,
    article: "5",
    paragraph: "2.",
    exact: "[No provision of this Convention may be interpreted so as to restrict human rights",
    body: paragraphs(
      "Khoản 2 là bảo đảm có nội dung thực chất duy nhất của Điều 5, nhưng cả khoản vẫn nằm trong ngoặc vuông, nghĩa là các phái đoàn chưa chấp nhận nó. Nếu khoản này rơi mất ở vòng đàm phán sau, Điều 5 chỉ còn nghĩa vụ rất chung ở khoản 1, và không có gì ngăn một quốc gia viện dẫn công ước để biện minh cho những hạn chế quyền vượt quá mức mà luật nhân quyền quốc tế cho phép.",
      "Nhóm phái đoàn phản đối điều khoản này muốn công ước đi theo khuôn mẫu của Công ước LHQ về chống tham nhũng (UNCAC), vốn không có điều riêng về nhân quyền. Phép so sánh này khập khiễng: UNCAC không trao cho cơ quan điều tra quyền thu thập dữ liệu lưu lượng, chặn thu nội dung liên lạc hay chuyển chứng cứ điện tử sang nước khác như dự thảo này. Quyền hạn càng xâm phạm sâu vào quyền riêng tư và tự do biểu đạt thì càng cần một điều khoản đối trọng được viết rõ ràng.",
      "Đề nghị: bỏ ngoặc vuông và giữ khoản 2; đồng thời mở rộng để khoản này áp dụng cho cả việc thực thi công ước (“interpreted or applied”), chứ không chỉ cho việc giải thích."
    ),
    language: "vi",
    tags: ["human-rights", "privacy", "freedom-of-expression"],
    stance: "CONCERN",
    sourceKind: "NGO",
    sourceOrganization: NGO,
    visibility: "PUBLIC",
    replies: [
      {
        author: DANIEL,
        body: "Thanks, Hà, agreed on both points. OHCHR is making the same “interpreted or applied” argument publicly on this paragraph; worth citing it in the English briefing so that we are not the only voice. Could you give me a two-line English version of your UNCAC point?",
      },
      {
        author: HA,
        body: "Draft: “Unlike UNCAC, this convention gives States intrusive powers over data and communications, and a channel to share them across borders. A human rights clause is not a formality here: it is the counterweight to those powers.” Edit as you see fit.",
      },
    ],
  },
  {
    author: HA,
    draftFile: ZERO_DRAFT,
    article: "23",
    paragraph: "2.",
    exact: "[prior] judicial or other independent review",
    body: paragraphs(
      "Điều 23 đã tiến một bước đáng kể so với bản tổng hợp: từ “may” thành “shall”, và khoản 1 đã nêu các nguyên tắc hợp pháp, cần thiết và tương xứng. Nhưng chữ “[prior]” ở khoản 2 vẫn nằm trong ngoặc vuông. Nếu chữ này bị xóa, tòa án hoặc cơ quan độc lập có thể chỉ xem xét một biện pháp sau khi nó đã được thực hiện, tức là khi dữ liệu đã bị thu thập và thiệt hại đối với quyền riêng tư không còn khắc phục được.",
      "Từ “review” cũng mơ hồ: không rõ cơ quan độc lập phải cho phép trước hay chỉ kiểm tra lại hồ sơ. Chúng tôi đề xuất tách thành hai tầng bảo đảm: cho phép trước bởi tòa án hoặc cơ quan độc lập khác, và giám sát độc lập sau khi biện pháp đã được áp dụng.",
      "Cần theo dõi thêm cụm “as appropriate to the nature of the power or procedure concerned”: nó để mỗi quốc gia tự quyết định biện pháp nào không cần đến kiểm soát tư pháp."
    ),
    language: "vi",
    tags: ["safeguards", "privacy", "proportionality"],
    stance: "PROPOSAL",
    sourceKind: "NGO",
    sourceOrganization: NGO,
    visibility: "PUBLIC",
    proposedText: "prior judicial or other independent authorization, subsequent independent oversight",
  },
  {
    author: HA,
    draftFile: ZERO_DRAFT,
    article: "14",
    paragraph: "1.",
    exact:
      "the offences established in accordance with the United Nations conventions and protocols to which it is a party also apply when committed by means of an information and communications technology system",
    body: paragraphs(
      "Khoản 1 mở cửa công ước cho toàn bộ các tội danh trong các công ước và nghị định thư của LHQ mà một quốc gia đã tham gia: chỉ cần hành vi có sử dụng một hệ thống công nghệ thông tin và truyền thông. Như vậy, mua bán người, buôn lậu vũ khí hay ma túy, chỉ cần có một khâu diễn ra qua mạng, đều kéo theo toàn bộ các quyền tố tụng ở Chương III và cơ chế hợp tác ở Chương IV.",
      "Đây chính là câu hỏi mà các phái đoàn chưa trả lời được: văn kiện này là một công ước về tội phạm mạng theo nghĩa hẹp (các tội xâm phạm hệ thống và dữ liệu ở Điều 6 đến Điều 13), hay một công cụ hình sự chung cho mọi loại tội phạm có dùng đến công nghệ? Dự thảo hiện đứng giữa hai mô hình, và Điều 14 là nơi thấy rõ nhất sự lưỡng lự đó.",
      "Khoản 3 (không buộc đặt ra tội danh mới) chỉ giảm nhẹ một phần: nghĩa vụ mở rộng phạm vi áp dụng của các tội danh sẵn có vẫn giữ nguyên. Chúng tôi đề nghị xóa Điều 14, hoặc ít nhất biến nó thành một quy định không bắt buộc."
    ),
    language: "vi",
    tags: ["scope", "criminalisation"],
    stance: "CONCERN",
    sourceKind: "NGO",
    sourceOrganization: NGO,
    visibility: "PUBLIC",
  },
  {
    author: HA,
    draftFile: ZERO_DRAFT,
    article: "14",
    paragraph: "2.",
    exact: "[serious crime] [offences punishable under the domestic law of both States Parties concerned]",
    body: paragraphs(
      "Ghi chú riêng, chưa đưa ra nhóm: nếu không xóa được Điều 14, phương án nào trong hai ngoặc vuông ít rủi ro hơn?",
      "Phương án “[serious crime]” phụ thuộc vào định nghĩa ở Điều 2 (g), với ngưỡng [bốn] hoặc [ba] năm tù; ở mức ba năm, khá nhiều tội danh liên quan đến phát ngôn ở một số nước vẫn lọt qua. Phương án thứ hai đòi hỏi hành vi bị trừng phạt theo luật của cả hai quốc gia, gần với nguyên tắc tội phạm kép; nhưng Điều 24 khoản 3 lại cho phép coi nguyên tắc này được đáp ứng chỉ dựa trên hành vi, bất kể tên gọi tội danh.",
      "Cần hỏi Daniel xem hai điều khoản này tác động qua lại thế nào trước khi nhóm chốt quan điểm."
    ),
    language: "vi",
    tags: ["dual-criminality", "scope", "criminalisation"],
    stance: "QUESTION",
    sourceKind: "NGO",
    sourceOrganization: NGO,
    visibility: "PRIVATE",
  },
  {
    author: HA,
    draftFile: ZERO_DRAFT,
    article: "24",
    paragraph: "1.",
    exact: "[serious crime] [any criminal offence]",
    body: paragraphs(
      "Câu hỏi cho nhóm trước phiên họp tới: chúng ta ủng hộ phương án nào trong hai ngoặc vuông, hay đề xuất một công thức khác?",
      "Vế đầu của khoản 1 giới hạn hợp tác ở các tội danh do chính công ước quy định, tức là một chương hình sự hóa tương đối hẹp. Vế sau, về thu thập, lưu giữ và chia sẻ chứng cứ điện tử, lại có thể mở ra cho “[any criminal offence]”: bất kỳ tội nào theo luật của nước yêu cầu, kể cả tội liên quan đến phát ngôn hay tụ tập. Cách ghép “chương hình sự hẹp, phạm vi chứng cứ rộng” này là điều mà nhiều phái đoàn coi là rủi ro nhân quyền lớn nhất của chương hợp tác quốc tế.",
      "Phương án “[serious crime]” hẹp hơn nhưng chỉ dựa vào ngưỡng hình phạt ở Điều 2 (g), do từng quốc gia tự ấn định qua luật của mình. Có nên đề xuất một danh sách đóng các tội danh, kèm thủ tục bổ sung có kiểm soát trong tương lai, thay cho ngưỡng hình phạt không?"
    ),
    language: "vi",
    tags: ["scope", "international-cooperation", "cross-border-access"],
    stance: "QUESTION",
    sourceKind: "NGO",
    sourceOrganization: NGO,
    visibility: "ORGANIZATION",
  },
  {
    author: HA,
    draftFile: REVISED_DRAFT,
    article: "15",
    paragraph: "1.",
    exact: "shall consider adopting",
    body: paragraphs(
      "Bản sửa đổi đã làm nhẹ nghĩa vụ: “shall adopt” thành “shall consider adopting”, và khoản 3 chỉ áp dụng điều này cho tội phạm nghiêm trọng theo Điều 27 khoản 2 (ngưỡng bốn năm tù). Đó là tiến bộ, nhưng vấn đề gốc vẫn còn: điều khoản vẫn là lối đưa các tội danh của những công ước LHQ khác vào phạm vi công ước này.",
      "Lưu ý nội bộ: “shall consider” vẫn là một nghĩa vụ phải xem xét, và các quốc gia muốn mở rộng phạm vi sẽ dựa vào đó. Ngoài ra, Điều 19 khoản 2 (a) vẫn dẫn chiếu “articles 7 to 15”, nên toàn bộ quyền tố tụng ở Chương IV áp dụng cho các tội danh theo Điều 15.",
      "Đề xuất cho nhóm: tiếp tục yêu cầu xóa Điều 15; phương án dự phòng là chuyển thành “may” và loại Điều 15 khỏi dẫn chiếu ở Điều 19 khoản 2 (a)."
    ),
    language: "vi",
    tags: ["scope", "criminalisation"],
    stance: "CONCERN",
    sourceKind: "NGO",
    sourceOrganization: NGO,
    visibility: "ORGANIZATION",
  },

  // ── Daniel Okafor (NGO), in English ─────────────────────────────────────────────────────────
  {
    author: DANIEL,
    draftFile: ZERO_DRAFT,
    article: "22",
    paragraph: "1.",
    exact: "[and subject to prior judicial authorization]",
    body: paragraphs(
      "Internal: coalition line for the next session. This bracket is the only place in the zero draft where prior judicial authorization is written out for a specific power, and interception of content data is the most intrusive power in Chapter III. Our ask: lift the brackets and keep the words here, whatever happens to “[prior]” in article 23, paragraph 2.",
      "Expect pressure to delete it on the ground that article 23 already covers safeguards. That argument only holds if article 23 itself requires prior authorization, which it does not yet do. Fallback if the bracket falls: an express cross-reference to article 23 in this article, and “prior” unbracketed there.",
      "Please do not share this line outside the coalition before the strategy call."
    ),
    language: "en",
    tags: ["safeguards", "privacy"],
    stance: "PROPOSAL",
    sourceKind: "NGO",
    sourceOrganization: NGO,
    visibility: "ORGANIZATION",
    proposedText: "and subject to prior judicial authorization",
    replies: [
      {
        author: HA,
        body: "Agreed. I would add paragraph 2 to the same ask: the secrecy obligation on service providers has no time limit, so people whose communications were intercepted may never learn of it. We could ask for notification once it no longer puts the investigation at risk.",
      },
      {
        author: EDITOR,
        body: "Noted for the briefing pack: I will mark this as our Chapter III priority. When the revised draft comes out I will check whether the bracket has been traded for a general cross-reference to the safeguards article.",
      },
    ],
  },
  {
    author: DANIEL,
    draftFile: ZERO_DRAFT,
    article: "20",
    paragraph: "4.",
    exact:
      "to require any person who knows how the information and communications technology system concerned works, or how the electronic data in it are protected",
    body: paragraphs(
      "This paragraph lets authorities compel “any person” who knows how a system works, or how its data are protected, to provide information. It is not limited to the service provider concerned: it reaches system administrators, engineers and independent security researchers, and can be read as a power to compel the disclosure of encryption keys or of unpatched vulnerabilities.",
      "There is no reference to the privilege against self-incrimination, no test for what is “reasonably needed”, and no exemption for professional secrecy (lawyers, journalists’ sources). We ask that the paragraph be limited to persons who are not suspects, be made expressly subject to the protections against self-incrimination, and exclude any obligation to weaken or bypass security measures."
    ),
    language: "en",
    tags: ["journalists-and-researchers", "privacy", "safeguards"],
    stance: "CONCERN",
    sourceKind: "NGO",
    sourceOrganization: NGO,
    visibility: "PUBLIC",
  },
  {
    author: DANIEL,
    draftFile: ZERO_DRAFT,
    article: "18",
    paragraph: "2.",
    exact: "A State Party may provide for such an order to be renewed.",
    body: paragraphs(
      "The 90-day maximum in this paragraph is welcome (the consolidated text still had “[90] [180]” days), but the last sentence undoes it: an order may be renewed with no limit on the number of renewals and no condition attached.",
      "Preservation is meant to be a short freeze of specified data while a disclosure order is sought. Open-ended renewals turn it into targeted data retention without the safeguards that apply to disclosure. We suggest: “A State Party may provide for such an order to be renewed once, where the competent authority shows that a request for disclosure is pending.”"
    ),
    language: "en",
    tags: ["data-retention", "privacy", "proportionality"],
    stance: "CONCERN",
    sourceKind: "NGO",
    sourceOrganization: NGO,
    visibility: "PUBLIC",
  },
  {
    author: DANIEL,
    draftFile: ZERO_DRAFT,
    article: "6",
    paragraph: "3.",
    exact:
      "[Access undertaken for the authorized testing or protection of an information and communications technology system shall not constitute an offence under this article.]",
    body: paragraphs(
      "We support this paragraph and ask that its brackets be removed. Without it, penetration testing and defensive work on one’s own or a client’s systems could fall under “access … without right” in paragraph 1, depending on how each State defines authorization.",
      "The exemption should also cover good-faith security research, where a researcher finds and reports a vulnerability without a prior contract with the owner of the system. Article 10, paragraph 2 already excludes conduct “not aimed at committing an offence”; the same reasoning applies here."
    ),
    language: "en",
    tags: ["journalists-and-researchers", "criminalisation"],
    stance: "SUPPORT",
    sourceKind: "NGO",
    sourceOrganization: NGO,
    visibility: "PUBLIC",
  },
  {
    author: DANIEL,
    draftFile: ZERO_DRAFT,
    article: "5",
    paragraph: "1.",
    exact: "States Parties shall ensure that the implementation of their obligations under this Convention",
    body: paragraphs(
      "Position reported from the informal consultations (sample): the delegation asked for article 5 to be deleted as a whole. It argued that States are bound by their human rights obligations in any case, that a crime-control convention should follow the UN Convention against Corruption, which has no human rights article, and that a general clause would invite disputes over the interpretation of every other article.",
      "Our reading: this view is held by a minority but it is not isolated, and it is the main reason paragraph 2 is still in brackets. A cross-regional group of delegations answered that the procedural and cooperation powers in this draft have no equivalent in the anti-corruption convention, so the comparison does not hold."
    ),
    language: "en",
    tags: ["human-rights"],
    stance: "CONCERN",
    sourceKind: "STATE",
    sourceOrganization: "Delegation of a sample State",
    visibility: "PUBLIC",
  },
  {
    author: DANIEL,
    draftFile: ZERO_DRAFT,
    article: "24",
    paragraph: "1.",
    exact: "evidence in electronic form of [serious crime] [any criminal offence]",
    body: paragraphs(
      "Joint proposal circulated by a cross-regional group of delegations (sample): resolve the alternative in favour of “serious crime” and delete “any criminal offence”. Their written justification: cooperation on electronic evidence for any offence, however minor, would oblige a requested State to assist investigations into conduct that may be protected expression under its own law; a threshold keeps the chapter proportionate.",
      "For the record: the proposal leaves the definition in article 2 (g) untouched, where the threshold is still “[four] [three]” years. How much the proposal narrows the chapter depends on that choice."
    ),
    language: "en",
    tags: ["scope", "international-cooperation", "proportionality"],
    stance: "PROPOSAL",
    sourceKind: "STATE",
    sourceOrganization: "Delegations of several sample States (joint proposal)",
    visibility: "PUBLIC",
    proposedText: "evidence in electronic form of serious crime",
  },
  {
    author: HA,
    draftFile: ZERO_DRAFT,
    article: "24",
    paragraph: "3.",
    exact:
      "it shall be deemed satisfied if the conduct underlying the offence for which cooperation is sought is a criminal offence under the laws of both States Parties",
    body: paragraphs(
      "From a working paper of the Centre for Internet Law (sample) on dual criminality in the zero draft. The authors note that a conduct-based test is standard in extradition law and prevents refusals based on mere differences in how offences are named.",
      "Their concern is the combination with paragraph 1: if evidence may be shared for “any criminal offence”, the conduct test makes dual criminality easy to meet for broadly worded offences such as spreading “false information” or insulting public officials, whose underlying conduct (publishing a statement) is an offence in both States under some label.",
      "They recommend pairing this paragraph with an express ground for refusal where a request concerns conduct protected by international human rights law."
    ),
    language: "en",
    tags: ["dual-criminality", "international-cooperation", "freedom-of-expression"],
    stance: "CONCERN",
    sourceKind: "ACADEMIC",
    sourceOrganization: "Centre for Internet Law (sample)",
    visibility: "PUBLIC",
  },
  {
    author: DANIEL,
    draftFile: REVISED_DRAFT,
    article: "27",
    paragraph: "2.",
    exact: "at least four years",
    body: paragraphs(
      "Summary of a comparative study by the Institute for Comparative Criminal Justice (sample): in the national codes it surveyed, defamation of officials, “false news” and extremism-related speech offences carry maximum penalties of four years or more in a significant number of jurisdictions. A four-year threshold does not by itself keep speech offences out of cooperation under paragraph 1.",
      "The authors welcome that the threshold was fixed at four rather than three years and that the definition now sits in the cooperation chapter. They stress, however, that a penalty threshold measures how severely a State punishes conduct, not whether the conduct may legitimately be criminalised, and suggest extending the refusal ground in paragraph 4 to requests concerning conduct protected by international human rights law."
    ),
    language: "en",
    tags: ["scope", "proportionality", "freedom-of-expression"],
    stance: "CONCERN",
    sourceKind: "ACADEMIC",
    sourceOrganization: "Institute for Comparative Criminal Justice (sample)",
    visibility: "PUBLIC",
  },

  // ── Sofía Ramírez (OHCHR) ───────────────────────────────────────────────────────────────────
  {
    author: SOFIA,
    draftFile: ZERO_DRAFT,
    article: "5",
    paragraph: "2.",
    exact:
      "[No provision of this Convention may be interpreted so as to restrict human rights and fundamental freedoms beyond the limits permitted by international human rights law.]",
    body: paragraphs(
      "The Office recommends that paragraph 2 be kept and its brackets removed. A clause limited to interpretation does not reach the way States apply the Convention in practice; most of the risks raised in our consultations arise at the stage of application (the use of procedural powers and the execution of cooperation requests), so the paragraph should cover both.",
      "Naming the rights most exposed by this instrument (the freedoms of opinion and expression, of peaceful assembly and of association, and the right to privacy) gives courts and requested States a concrete reference point when they assess a measure or a request, without narrowing the general reference to human rights and fundamental freedoms."
    ),
    language: "en",
    tags: ["human-rights", "freedom-of-expression", "privacy"],
    stance: "PROPOSAL",
    sourceKind: "OHCHR",
    sourceOrganization: OHCHR,
    visibility: "PUBLIC",
    proposedText:
      "No provision of this Convention may be interpreted or applied so as to restrict human rights and fundamental freedoms beyond the limits permitted by international human rights law, in particular the freedoms of opinion and expression, of peaceful assembly and of association, and the right to privacy.",
  },
  {
    author: SOFIA,
    draftFile: ZERO_DRAFT,
    article: "23",
    paragraph: "1.",
    exact: "the powers and procedures provided for in this chapter are established, implemented and applied",
    body: paragraphs(
      "La Oficina celebra que el párrafo 1 sea ahora obligatorio (“shall ensure”) y que mencione expresamente los principios de legalidad, necesidad y proporcionalidad. Sin embargo, su alcance se limita a “this chapter”, es decir, a las medidas procesales del capítulo III.",
      "Varias de las facultades que más preocupan desde el punto de vista de los derechos humanos se ejercen en el marco de la cooperación internacional del capítulo IV: la asistencia judicial recíproca para interceptar datos de contenido o recopilar datos de tráfico, la información espontánea y la red 24/7. Con la redacción actual, nada garantiza que las mismas condiciones y salvaguardias se apliquen cuando un Estado actúa a petición de otro.",
      "Recomendamos que el artículo abarque las facultades y procedimientos de la Convención en su conjunto, o que el capítulo IV contenga una remisión expresa a este artículo."
    ),
    language: "es",
    tags: ["safeguards", "human-rights", "international-cooperation"],
    stance: "CONCERN",
    sourceKind: "OHCHR",
    sourceOrganization: OHCHR,
    visibility: "PUBLIC",
  },
  {
    author: SOFIA,
    draftFile: REVISED_DRAFT,
    article: "5",
    paragraph: "3.",
    exact:
      "shall pay particular attention to the protection of journalists, human rights defenders, whistle-blowers and security researchers",
    body: paragraphs(
      "The new paragraph 3 names the groups most exposed to the misuse of cybercrime laws, which the Office welcomes. “Pay particular attention” is, however, an obligation without content: it does not say what a State must do or refrain from doing, and it gives a requested State no basis to decline cooperation.",
      "We propose wording that states the protective outcome. The reference to good faith and the public interest mirrors the security research exemptions now in articles 7 and 11, and would make the protection consistent across the text."
    ),
    language: "en",
    tags: ["journalists-and-researchers", "freedom-of-expression", "human-rights"],
    stance: "PROPOSAL",
    sourceKind: "OHCHR",
    sourceOrganization: OHCHR,
    visibility: "PUBLIC",
    proposedText:
      "shall ensure that journalists, human rights defenders, whistle-blowers and security researchers are not subjected to criminal liability or to the powers and procedures of this Convention for activities protected by international human rights law or carried out in good faith in the public interest",
  },

  // ── Lucas Moreau (editor) ───────────────────────────────────────────────────────────────────
  {
    author: EDITOR,
    draftFile: REVISED_DRAFT,
    article: "29",
    paragraph: "5.",
    exact: "unless the assistance sought does not involve coercive measures",
    body: paragraphs(
      "Editorial question for the briefing pack. The revised draft lifts the brackets from paragraph 5, which restores dual criminality as a ground for refusal, but the new exception takes much of it back: where no coercive measure is involved, the requested State may not refuse because the conduct is not an offence under its law.",
      "The draft does not define “coercive measures”. Is an order to a service provider to produce subscriber information (article 21) coercive? Is expedited preservation (article 20)? If not, the safeguard would not cover most of what is requested in practice. How should the summary table describe this paragraph?"
    ),
    language: "en",
    tags: ["dual-criminality", "international-cooperation"],
    stance: "QUESTION",
    sourceKind: "OTHER",
    sourceOrganization: "Draftwatch editorial note",
    visibility: "ORGANIZATION",
    replies: [
      {
        author: DANIEL,
        body: "My reading: an order to a provider backed by a sanction is a coercive measure in most systems, but the draft leaves the qualification to each requested State. Preservation is the real gap: data are frozen at the request of a State whose offence may not exist here. I would describe it as “dual criminality partly restored, with an undefined exception”.",
      },
      {
        author: HA,
        body: "Agree with Daniel. Please also flag in the table that paragraph 6 (spontaneous information, formerly a separate article) has no dual-criminality test at all.",
      },
    ],
  },
];
