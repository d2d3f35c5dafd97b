// What negotiators write when they edit a draft, per language of the drafts the variants are made
// from: qualifiers they add or strike, words they swap, sentences they add, subjects a later draft
// takes up. The alignment never sees these lists; the variants are built from them.

export interface Subject {
  heading: string;
  conduct: string;
}

export interface Phrasebook {
  /** Added to a sentence, at its start or before its full stop. */
  qualifiers: string[];
  /** Struck wherever a text has them (with a comma before, if any). */
  removable: string[];
  /** Word → another, as a committee rewords (modal verbs, terms of art); headings too. */
  synonyms: Record<string, string>;
  /** Put before a word: "effective", "appropriate". */
  insertions: string[];
  /** Sentences added to an article: reporting duties, saving clauses. */
  sentences: string[];
  /** Subjects the treaty does not cover yet, for new articles: what a heading names, and the conduct or power in treaty words. */
  subjects: Subject[];
  /** How a heading joins two ("A and b"); where a heading is split in two. */
  and: string;
  /** Words that tell apart the heading of an article split off another. */
  splitHeadings: string[];
}

export const ENGLISH: Phrasebook = {
  qualifiers: [
    "in accordance with its domestic law",
    "where appropriate",
    "subject to its domestic legal system",
    "to the extent permitted by its domestic law",
    "consistent with its obligations under international law",
    "without prejudice to international human rights law",
  ],
  removable: [
    "when committed intentionally",
    "without right",
    "under its domestic law",
    "as appropriate",
    "where appropriate",
    "in accordance with its domestic law",
    "within the limits of its domestic law",
    "as may be necessary",
  ],
  synonyms: {
    illegal: "unlawful", computer: "information and communications technology", data: "information", offences: "crimes",
    offence: "crime", interference: "disruption", misuse: "abuse", related: "connected", fraud: "deception",
    forgery: "falsification", procedures: "measures", procedural: "process", preservation: "retention", search: "inspection",
    seizure: "confiscation", assistance: "help", "co-operation": "cooperation", extradition: "surrender", mutual: "reciprocal",
    provisions: "rules", general: "common", principles: "rules", scope: "ambit", conditions: "requirements",
    safeguards: "guarantees", signature: "signing", reservations: "exceptions", declarations: "statements",
    amendments: "changes", information: "intelligence", interception: "capture", stored: "held", order: "instruction",
    collection: "gathering", shall: "may", may: "shall", necessary: "required", ensure: "guarantee", competent: "relevant",
    authorities: "bodies", request: "application", establish: "create", adopt: "take", measures: "steps",
    party: "State Party", parties: "States Parties", electronic: "digital", expedited: "rapid", traffic: "communications",
  },
  insertions: ["effective", "appropriate", "relevant", "specific", "promptly", "expeditiously", "necessary", "lawful"],
  sentences: [
    "Each Party shall inform the depositary of the measures taken under this article.",
    "Nothing in this article shall be construed as affecting the rights and obligations of the Parties under international law.",
    "Such measures shall be subject to the conditions and safeguards provided for in Article 15.",
    "The Parties shall review the implementation of this article within five years of its entry into force.",
    "A Party may decline to apply this article where doing so would be contrary to its fundamental legal principles.",
  ],
  subjects: [
    { heading: "extortion", conduct: "the demanding of payment or any other advantage under the threat of encrypting, deleting or disclosing computer data" },
    { heading: "laundering of virtual assets", conduct: "the use of virtual assets to conceal or disguise the illicit origin of property derived from any offence established under this Convention" },
    { heading: "solicitation of children", conduct: "the solicitation of a child through a computer system for the purpose of committing a sexual offence against that child" },
    { heading: "identity theft", conduct: "the taking over of the identity of another person by means of a computer system with intent to obtain an advantage" },
    { heading: "intimate images", conduct: "the distribution, transmission or making available of intimate images of a person without the consent of that person" },
    { heading: "botnets", conduct: "the control of a network of compromised computer systems for the purpose of committing any of the offences established in accordance with this Convention" },
  ],
  and: "and",
  splitHeadings: ["procedure", "exceptions", "implementation", "further measures"],
};

/** The English of the UN drafts: "State Party", "information and communications technology". */
export const UN_ENGLISH: Phrasebook = {
  ...ENGLISH,
  sentences: ENGLISH.sentences.map((sentence) => sentence.replace(/\bParty\b/g, "State Party").replace(/\bParties\b/g, "States Parties")),
  subjects: ENGLISH.subjects.map(({ heading, conduct }) => ({
    heading,
    conduct: conduct.replace(/computer system/g, "information and communications technology system").replace(/computer data/g, "electronic data"),
  })),
};

export const DUTCH: Phrasebook = {
  qualifiers: [
    "overeenkomstig haar nationale recht",
    "voor zover passend",
    "binnen de grenzen van haar rechtsstelsel",
    "voor zover haar nationale recht dit toelaat",
    "onverminderd haar verplichtingen krachtens het internationale recht",
    "met inachtneming van de rechten van de mens",
  ],
  removable: [
    "opzettelijk en wederrechtelijk",
    "in haar nationale wetgeving",
    "waar aangewezen",
    "binnen de grenzen van haar nationale recht",
    "overeenkomstig haar nationale recht",
    "die nodig zijn",
  ],
  synonyms: {
    neemt: "treft", maatregelen: "voorzieningen", nodig: "noodzakelijk", computersysteem: "informatiesysteem",
    computergegevens: "digitale gegevens", wederrechtelijk: "onrechtmatig", wederrechtelijke: "onrechtmatige",
    opzettelijk: "met opzet", bevoegde: "competente", autoriteiten: "instanties", verzoek: "aanvraag",
    inlichtingen: "informatie", verstrekken: "verschaffen", kan: "mag", waarborgen: "garanties", bepalingen: "voorschriften",
    samenwerking: "coöperatie", bijstand: "hulp", uitlevering: "overlevering", fraude: "bedrog", valsheid: "vervalsing",
    verstoring: "ontwrichting", misbruik: "oneigenlijk gebruik", onderschepping: "interceptie", spoedbewaring: "snelle bewaring",
    verkeersgegevens: "verbindingsgegevens", inbeslagneming: "beslaglegging", rechtsmacht: "jurisdictie",
    voorbehouden: "reserves", verklaringen: "declaraties", wijzigingen: "amendementen", opzegging: "beëindiging",
    kennisgeving: "notificatie", toetreding: "aansluiting", begripsomschrijvingen: "definities",
    aansprakelijkheid: "verantwoordelijkheid", sancties: "straffen", geheimhouding: "vertrouwelijkheid", gevolgen: "effecten",
    beslechting: "regeling", beraadslagingen: "overleg", algemene: "gemeenschappelijke", beginselen: "uitgangspunten",
    partij: "Staat die Partij is", verdrag: "overeenkomst", ziet: "let",
  },
  insertions: ["doeltreffende", "passende", "relevante", "specifieke", "onverwijld", "spoedig", "noodzakelijke", "rechtmatige"],
  sentences: [
    "Iedere Partij stelt de depositaris in kennis van de op grond van dit artikel genomen maatregelen.",
    "Geen enkele bepaling van dit artikel doet afbreuk aan de rechten en verplichtingen van de Partijen krachtens het internationale recht.",
    "Op deze maatregelen zijn de voorwaarden en waarborgen van artikel 15 van toepassing.",
    "De Partijen evalueren de uitvoering van dit artikel binnen vijf jaar na de inwerkingtreding ervan.",
    "Een Partij kan weigeren dit artikel toe te passen indien dit in strijd zou zijn met de grondbeginselen van haar rechtsorde.",
  ],
  subjects: [
    { heading: "afpersing", conduct: "het eisen van betaling of enig ander voordeel onder bedreiging van het versleutelen, wissen of openbaar maken van computergegevens" },
    { heading: "witwassen van virtuele activa", conduct: "het gebruik van virtuele activa om de illegale herkomst te verhullen van vermogen verkregen uit een van de in dit Verdrag omschreven strafbare feiten" },
    { heading: "benaderen van kinderen", conduct: "het benaderen van een kind door middel van een computersysteem met het oogmerk jegens dat kind een zedenmisdrijf te plegen" },
    { heading: "identiteitsfraude", conduct: "het zich aanmatigen van de identiteit van een ander door middel van een computersysteem met het oogmerk een voordeel te verkrijgen" },
    { heading: "intieme beelden", conduct: "het verspreiden, verzenden of beschikbaar stellen van intieme beelden van een persoon zonder diens toestemming" },
    { heading: "botnetten", conduct: "het aansturen van een netwerk van gecompromitteerde computersystemen met het oogmerk een van de in dit Verdrag omschreven strafbare feiten te plegen" },
  ],
  and: "en",
  splitHeadings: ["procedure", "uitzonderingen", "uitvoering", "verdere maatregelen"],
};

export const ARABIC: Phrasebook = {
  qualifiers: [
    "وفقًا لقانونها الداخلي",
    "حسب الاقتضاء",
    "رهنًا بنظامها القانوني الداخلي",
    "بالقدر الذي يسمح به قانونها الداخلي",
    "بما يتسق مع التزاماتها بموجب القانون الدولي",
    "دون الإخلال بالقانون الدولي لحقوق الإنسان",
  ],
  removable: ["عندما يُرتكب عمدًا", "دون وجه حق", "في قانونها الداخلي", "حسب الاقتضاء", "ما قد يلزم من", "وفقًا لقانونها الداخلي"],
  synonyms: {
    تعتمد: "تتخذ", تدابير: "إجراءات", البيانات: "المعلومات", الإلكترونية: "الرقمية", إلكترونية: "رقمية", المختصة: "المعنية",
    يجوز: "ينبغي", تكفل: "تضمن", طلب: "التماس", المشروع: "القانوني", الدخول: "النفاذ", الاعتراض: "التنصت", التحفظ: "الحفظ",
    العاجل: "السريع", الجرائم: "الأفعال الإجرامية", الجريمة: "الفعل الإجرامي", نظام: "منظومة", المساعدة: "العون",
    التعاون: "التآزر", الضمانات: "الضوابط", الشروط: "القيود", نطاق: "مجال", حماية: "صون", احترام: "مراعاة",
    التحفظات: "الاستثناءات", التعديل: "التغيير", التوقيع: "الإمضاء",
  },
  insertions: ["الفعالة", "المناسبة", "اللازمة", "فورًا", "المحددة", "المعنية", "بسرعة", "المشروعة"],
  sentences: [
    "تبلغ كل دولة طرف الوديع بالتدابير المتخذة بموجب هذه المادة.",
    "ليس في هذه المادة ما يُفسَّر على أنه يمس حقوق الدول الأطراف والتزاماتها بموجب القانون الدولي.",
    "تخضع هذه التدابير للشروط والضمانات المنصوص عليها في المادة 26.",
    "تستعرض الدول الأطراف تنفيذ هذه المادة في غضون خمس سنوات من بدء نفاذها.",
    "يجوز للدولة الطرف أن ترفض تطبيق هذه المادة إذا كان ذلك يتعارض مع المبادئ الأساسية لنظامها القانوني.",
  ],
  subjects: [
    { heading: "الابتزاز", conduct: "المطالبة بدفع مبلغ أو بأي منفعة أخرى تحت التهديد بتشفير البيانات الإلكترونية أو حذفها أو إفشائها" },
    { heading: "غسل الأصول الافتراضية", conduct: "استخدام الأصول الافتراضية لإخفاء المصدر غير المشروع للممتلكات المتأتية من أي جريمة مقررة وفقًا لهذه الاتفاقية" },
    { heading: "استدراج الأطفال", conduct: "استدراج طفل بواسطة نظام لتكنولوجيا المعلومات والاتصالات بغرض ارتكاب جريمة جنسية ضده" },
    { heading: "انتحال الهوية", conduct: "انتحال هوية شخص آخر بواسطة نظام لتكنولوجيا المعلومات والاتصالات بقصد الحصول على منفعة" },
    { heading: "الصور الحميمة", conduct: "توزيع الصور الحميمة لشخص ما أو إرسالها أو إتاحتها دون موافقة ذلك الشخص" },
    { heading: "الشبكات الروبوتية", conduct: "التحكم في شبكة من الأنظمة المخترقة بغرض ارتكاب أي من الجرائم المقررة وفقًا لهذه الاتفاقية" },
  ],
  and: "و",
  splitHeadings: ["الإجراءات", "الاستثناءات", "التنفيذ", "التدابير الإضافية"],
};
