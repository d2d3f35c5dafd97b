// The sample treaty of the demo: a fictional convention written for Draftwatch, in three
// English drafts and an Arabic version of the third. Its negotiation is dated 2031–2033 so that
// nobody mistakes it for the real UN process. What changed between the drafts, article by
// article, is written down in CHANGES.md next to this file (the answer key for alignment tests).

export interface DemoDraft {
  /** File name inside prisma/demo/drafts/. */
  file: string;
  title: string;
  symbol: string;
  /** "YYYY-MM-DD" */
  date: string;
  language: "en" | "ar";
  /** Key of the sample event the draft was published at (see sampleEvents). */
  eventKey: string;
}

export interface DemoSampleEvent {
  key: string;
  kind: "SESSION" | "CONSULTATION" | "DRAFT_PUBLISHED";
  startsOn: string;
  endsOn?: string;
  place?: string;
  texts: { en: { title: string; summary: string }; ar: { title: string; summary: string } };
}

export const sampleTreaty = {
  slug: "sample-convention",
  title: "Convention on Cooperation against Information Technology Crime (Sample)",
  description:
    "A sample text written for Draftwatch to show how drafts are compared, aligned and annotated: three English drafts of a fictional convention (consolidated text, zero draft, revised draft) and an Arabic version of the revised draft, with renumbered, split, merged, moved, new and dropped articles. It is not an official document.",
};

export const sampleEvents: DemoSampleEvent[] = [
  {
    key: "first-session",
    kind: "SESSION",
    startsOn: "2031-03-10",
    endsOn: "2031-03-21",
    place: "Vienna",
    texts: {
      en: {
        title: "First session of the negotiating committee (sample)",
        summary:
          "Delegations set out their views on the scope of the fictional convention: some want a short list of offences against computer systems, others a broad instrument covering any crime committed online. The Chair is asked to compile all proposals into a single negotiating text.",
      },
      ar: {
        title: "الدورة الأولى للجنة التفاوض (نموذج)",
        summary:
          "عرضت الوفود آراءها بشأن نطاق الاتفاقية المتخيَّلة: فبعضها يريد قائمة قصيرة من الجرائم التي تستهدف النظم الحاسوبية، وبعضها الآخر يريد صكًا واسعًا يشمل أي جريمة تُرتكب عبر الإنترنت. وطُلب إلى الرئيس أن يجمع المقترحات كلها في نص تفاوضي واحد.",
      },
    },
  },
  {
    key: "draft-1",
    kind: "DRAFT_PUBLISHED",
    startsOn: "2031-06-16",
    texts: {
      en: {
        title: "Consolidated negotiating text published (sample)",
        summary:
          "The Chair circulates a compilation of the proposals, full of bracketed alternatives. It includes a contested offence of incitement to subversive or extremist activities and an optional clause on conditions and safeguards (article 24); there is no human rights article yet.",
      },
      ar: {
        title: "نشر النص التفاوضي الموحد (نموذج)",
        summary:
          "عمّم الرئيس تجميعًا للمقترحات تكثر فيه البدائل الموضوعة بين معقوفتين، ويتضمن جريمة خلافية تتعلق بالتحريض على أنشطة تخريبية أو متطرفة، وحكمًا اختياريًا بشأن الشروط والضمانات (المادة 24)، من غير مادة مستقلة لحقوق الإنسان حتى الآن.",
      },
    },
  },
  {
    key: "consultation",
    kind: "CONSULTATION",
    startsOn: "2031-09-22",
    endsOn: "2031-09-23",
    place: "Vienna",
    texts: {
      en: {
        title: "Consultation with stakeholders (sample)",
        summary:
          "Fictional civil society, industry and academic participants ask for a stand-alone human rights article, mandatory safeguards with independent review, protection for security researchers and a narrower criminalization chapter without content offences.",
      },
      ar: {
        title: "مشاورة مع أصحاب المصلحة (نموذج)",
        summary:
          "طالب مشاركون متخيَّلون من المجتمع المدني وقطاع الصناعة والأوساط الأكاديمية بمادة مستقلة لحقوق الإنسان، وبضمانات إلزامية تشمل مراجعة مستقلة، وبحماية الباحثين في مجال الأمن، وبفصل تجريم أضيق نطاقًا يخلو من الجرائم المتصلة بالمحتوى.",
      },
    },
  },
  {
    key: "draft-2",
    kind: "DRAFT_PUBLISHED",
    startsOn: "2032-02-02",
    texts: {
      en: {
        title: "Zero draft published (sample)",
        summary:
          "The zero draft adds article 5 on respect for human rights, drops the incitement offence, merges the two preservation articles, splits production orders from search and seizure, and moves spontaneous information to the cooperation chapter. Conditions and safeguards, now article 23, become mandatory.",
      },
      ar: {
        title: "نشر المسودة الصفرية (نموذج)",
        summary:
          "أضافت المسودة الصفرية المادة 5 بشأن احترام حقوق الإنسان، وحذفت جريمة التحريض، ودمجت مادتي التحفظ العاجل على البيانات، وفصلت أوامر تقديم البيانات عن التفتيش والضبط، ونقلت مادة المعلومات التلقائية إلى فصل التعاون الدولي. وأصبحت الشروط والضمانات، وهي الآن المادة 23، إلزامية.",
      },
    },
  },
  {
    key: "second-session",
    kind: "SESSION",
    startsOn: "2032-05-17",
    endsOn: "2032-05-28",
    place: "New York",
    texts: {
      en: {
        title: "Second session of the negotiating committee (sample)",
        summary:
          "Delegations go through the zero draft article by article. The scope of cooperation on electronic evidence (“serious crime” or “any criminal offence”) and the article on offences established under other conventions remain the main points of division.",
      },
      ar: {
        title: "الدورة الثانية للجنة التفاوض (نموذج)",
        summary:
          "ناقشت الوفود المسودة الصفرية مادةً مادة. وظل نطاق التعاون في الأدلة الإلكترونية («الجرائم الخطيرة» أم «أي جريمة جنائية») والمادة المتعلقة بالجرائم المقررة بموجب اتفاقيات أخرى أبرز نقاط الخلاف.",
      },
    },
  },
  {
    key: "draft-3",
    kind: "DRAFT_PUBLISHED",
    startsOn: "2033-01-24",
    texts: {
      en: {
        title: "Revised draft published in English and Arabic (sample)",
        summary:
          "The revised draft resolves most brackets and adds articles on personal data, jurisdiction, confiscation and reservations. Conditions and safeguards, now article 26, require prior independent authorization and subsequent oversight; the article on offences under other conventions is softened to “shall consider”.",
      },
      ar: {
        title: "نشر المشروع المنقّح بالإنكليزية والعربية (نموذج)",
        summary:
          "حسم المشروع المنقّح معظم النصوص الواردة بين معقوفتين، وأضاف مواد بشأن البيانات الشخصية والولاية القضائية والمصادرة والتحفظات. وباتت الشروط والضمانات، وهي الآن المادة 26، تشترط إذنًا مسبقًا من جهة مستقلة ورقابة لاحقة، في حين خُففت صيغة المادة المتعلقة بالجرائم المقررة بموجب اتفاقيات أخرى إلى «تنظر في».",
      },
    },
  },
];

/** In negotiation order: drafts 1, 2 and 3 in English, then the Arabic version of draft 3. */
export const sampleDrafts: DemoDraft[] = [
  {
    file: "sample-1-consolidated.en.txt",
    title: "Consolidated negotiating text (sample)",
    symbol: "SAMPLE/AHC.1/DRAFT.1",
    date: "2031-06-16",
    language: "en",
    eventKey: "draft-1",
  },
  {
    file: "sample-2-zero.en.txt",
    title: "Zero draft (sample)",
    symbol: "SAMPLE/AHC.1/DRAFT.2",
    date: "2032-02-02",
    language: "en",
    eventKey: "draft-2",
  },
  {
    file: "sample-3-revised.en.txt",
    title: "Revised draft (sample)",
    symbol: "SAMPLE/AHC.1/DRAFT.2/Rev.1",
    date: "2033-01-24",
    language: "en",
    eventKey: "draft-3",
  },
  {
    file: "sample-3-revised.ar.txt",
    title: "Revised draft, Arabic version (sample)",
    symbol: "SAMPLE/AHC.1/DRAFT.2/Rev.1 (Arabic)",
    date: "2033-01-24",
    language: "ar",
    eventKey: "draft-3",
  },
];
