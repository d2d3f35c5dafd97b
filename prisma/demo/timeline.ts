// The real negotiation of the UN cybercrime convention, 2017–2024, written for Draftwatch in
// English and Arabic. Facts (dates, places, events, positions) come from the project's seed
// timeline (shared/corpus/seeds/timeline-ar.txt) and the seed analysis of the November 2023 draft
// (shared/corpus/seeds/analysis-nov2023-vi.txt); exact days and places not given there are those
// published on the Ad Hoc Committee's pages. The wording is the project's own in both languages.
//
// Dates: the 1st of the month when only the month is known. The seed timeline was written in
// early 2023 and lists the later sessions as scheduled (مجدول); they have since been held, so
// they are written here as held, with the agenda the seed gives them.

export interface DemoEventText {
  title: string;
  summary: string;
}

export interface DemoEvent {
  kind: "RESOLUTION" | "SESSION" | "CONSULTATION" | "DRAFT_PUBLISHED" | "OTHER";
  /** "YYYY-MM-DD" */
  startsOn: string;
  endsOn?: string;
  place?: string;
  /** Announced but not yet held when the seed timeline was written. */
  scheduled?: boolean;
  texts: { en: DemoEventText; ar: DemoEventText };
}

export const negotiationTimeline: DemoEvent[] = [
  {
    kind: "OTHER",
    startsOn: "2017-10-01",
    texts: {
      en: {
        title: "Russia circulates a draft UN convention on cybercrime",
        summary:
          "The Russian Federation wrote to the UN General Assembly enclosing its own draft of a United Nations convention on cooperation in combating cybercrime, and asked that it be circulated to Member States. The proposal came two years before the Assembly decided to open negotiations.",
      },
      ar: {
        title: "روسيا تعمّم مشروع اتفاقية أممية بشأن الجرائم الإلكترونية",
        summary:
          "بعث الاتحاد الروسي إلى الجمعية العامة للأمم المتحدة برسالة أرفق بها نصًا أعدّه لاتفاقية أممية بشأن التعاون على التصدي للجريمة الإلكترونية، طالبًا تعميمه على الدول الأعضاء. وقد سبق هذا المقترح بعامين قرارَ الجمعية العامة الشروع في المفاوضات.",
      },
    },
  },
  {
    kind: "RESOLUTION",
    startsOn: "2019-11-01",
    place: "New York",
    texts: {
      en: {
        title: "Russia-led draft resolution calls for a new cybercrime treaty",
        summary:
          "Russia, joined by Belarus, Cambodia, China, Iran, Myanmar, Nicaragua, Syria and Venezuela, put forward a General Assembly resolution to draw up an international convention against cybercrime; the United States, the European Union and other states opposed it. Human rights groups including the Association for Progressive Communications and the Electronic Frontier Foundation (EFF) urged a no vote, warning that the treaty could curb the use of the internet to defend human rights and to advance social and economic development.",
      },
      ar: {
        title: "مشروع قرار بقيادة روسية يدعو إلى معاهدة جديدة للجرائم الإلكترونية",
        summary:
          "طرحت روسيا، ومعها بيلاروس وكمبوديا والصين وإيران وميانمار ونيكاراغوا وسوريا وفنزويلا، مشروع قرار في الجمعية العامة يدعو إلى إعداد معاهدة دولية للتصدي للجريمة الإلكترونية، وعارضته دول منها الولايات المتحدة، ومعها الاتحاد الأوروبي. ودعت منظمات حقوقية، منها جمعية الاتصالات التقدمية ومؤسسة الحدود الإلكترونية (EFF)، إلى التصويت ضده، محذّرةً من أنه قد يقيّد استخدام الإنترنت في الدفاع عن حقوق الإنسان وفي دفع التنمية الاجتماعية والاقتصادية.",
      },
    },
  },
  {
    kind: "RESOLUTION",
    startsOn: "2019-12-27",
    place: "New York",
    texts: {
      en: {
        title: "General Assembly establishes the Ad Hoc Committee (resolution 74/247)",
        summary:
          "By a vote, the General Assembly set up an open-ended intergovernmental ad hoc committee to elaborate a comprehensive convention on countering the use of information and communications technologies for criminal purposes, open to all Member States, with observers, NGOs and other stakeholders taking part to varying degrees. UNODC, through its Division for Treaty Affairs, serves as secretariat. The timing was contested: another Assembly resolution had just warned that cybercrime laws were being misused to target human rights defenders and endanger their safety.",
      },
      ar: {
        title: "الجمعية العامة تنشئ اللجنة المخصصة (القرار 74/247)",
        summary:
          "قررت الجمعية العامة بالتصويت إنشاء لجنة حكومية دولية مخصصة مفتوحة العضوية لوضع اتفاقية دولية شاملة لمكافحة استخدام تكنولوجيات المعلومات والاتصالات للأغراض الإجرامية، تشارك فيها جميع الدول الأعضاء، ويشارك فيها المراقبون والمنظمات غير الحكومية وسائر أصحاب المصلحة بدرجات متفاوتة. ويتولى مكتب الأمم المتحدة المعني بالمخدرات والجريمة مهام الأمانة عبر شعبة شؤون المعاهدات. وقد أثار التوقيت جدلًا، إذ كان قرار آخر للجمعية قد نبّه لتوّه إلى إساءة استخدام قوانين الجرائم الإلكترونية لاستهداف المدافعين عن حقوق الإنسان وتعريض سلامتهم للخطر.",
      },
    },
  },
  {
    kind: "OTHER",
    startsOn: "2020-08-01",
    place: "New York",
    texts: {
      en: {
        title: "Organizational session postponed",
        summary:
          "Because of the COVID-19 pandemic, the Ad Hoc Committee put off its first organizational meeting in New York until 2021.",
      },
      ar: {
        title: "تأجيل الدورة التنظيمية",
        summary: "بسبب جائحة كوفيد-19، أرجأت اللجنة المخصصة إلى عام 2021 أول اجتماع تنظيمي لها كان مقررًا في نيويورك.",
      },
    },
  },
  {
    kind: "OTHER",
    startsOn: "2021-01-01",
    texts: {
      en: {
        title: "Human Rights Watch raises the alarm",
        summary:
          "Human Rights Watch warned that the treaty process was being championed by some of the world's most repressive governments and that the initiative raised serious human rights concerns.",
      },
      ar: {
        title: "هيومن رايتس ووتش تدقّ ناقوس الخطر",
        summary:
          "حذّرت منظمة هيومن رايتس ووتش من أن أبرز المتحمسين لمسار المعاهدة هم من أشد حكومات العالم قمعًا، وأن المبادرة تثير مخاوف جدية على حقوق الإنسان.",
      },
    },
  },
  {
    kind: "SESSION",
    startsOn: "2021-05-10",
    endsOn: "2021-05-12",
    place: "New York",
    texts: {
      en: {
        title: "Organizational session agrees how to negotiate",
        summary:
          "Representatives of more than 160 states agreed an outline and modalities: at least six ten-day sessions from 2022, held in New York and Vienna, which the General Assembly then endorsed (resolution 75/282) despite complaints from the United Kingdom and others that Member States had not been consulted on the final text. A Brazilian amendment requiring a two-thirds majority, once the Chair reports that every effort at consensus has been exhausted, passed by 88 votes to 42 with 32 abstentions, and states approved a list of stakeholders allowed to take part, among them EFF, Eticas, R3D and Global Partners Digital, alongside NGOs in consultative status with ECOSOC.",
      },
      ar: {
        title: "الدورة التنظيمية تتفق على طرائق التفاوض",
        summary:
          "توافق ممثلو ما يزيد على 160 دولة على الخطوط العريضة للمفاوضات وطرائق سيرها: ست دورات على الأقل مدة كل منها عشرة أيام اعتبارًا من عام 2022، تُعقد في نيويورك وفيينا، ثم أقرّتها الجمعية العامة (القرار 75/282) رغم احتجاج المملكة المتحدة وغيرها بأن الدول الأعضاء لم تُستشر في صيغته الأخيرة. وأُقرّ تعديل برازيلي يشترط أغلبية الثلثين، بعد أن يبلغ الرئيس اللجنة باستنفاد كل مساعي التوافق، بأغلبية 88 صوتًا مقابل 42 وامتناع 32 عن التصويت، كما اعتمدت الدول قائمة بأصحاب المصلحة المأذون لهم بالمشاركة، منهم مؤسسة الحدود الإلكترونية وإتيكاس وشبكة R3D والشركاء الرقميون العالميون، إلى جانب المنظمات غير الحكومية التي تتمتع بصفة استشارية لدى المجلس الاقتصادي والاجتماعي.",
      },
    },
  },
  {
    kind: "OTHER",
    startsOn: "2021-12-01",
    texts: {
      en: {
        title: "More than 100 groups call for human rights safeguards",
        summary:
          "Ahead of the first negotiating session, EFF, Human Rights Watch and more than 100 organizations and academics working in 56 countries and regions or globally wrote to Committee members asking that human rights protections be built into the treaty. Pointing to warnings from UN human rights mechanisms about the misuse of cybercrime laws, they argued that the convention's scope must stay narrow.",
      },
      ar: {
        title: "أكثر من مئة جهة تطالب بضمانات لحقوق الإنسان",
        summary:
          "قبيل الدورة التفاوضية الأولى، وجّهت مؤسسة الحدود الإلكترونية وهيومن رايتس ووتش وأكثر من مئة منظمة وأكاديمي يعملون في 56 بلدًا ومنطقة أو على الصعيد العالمي رسالةً إلى أعضاء اللجنة تطالب بتضمين المعاهدة حماية حقوق الإنسان. واستنادًا إلى تحذيرات آليات حقوق الإنسان الأممية من إساءة استخدام قوانين الجرائم الإلكترونية، شددت الرسالة على ضرورة إبقاء نطاق الاتفاقية ضيقًا.",
      },
    },
  },
  {
    kind: "OTHER",
    startsOn: "2022-01-01",
    texts: {
      en: {
        title: "CPJ warns of risks to journalists",
        summary:
          "The Committee to Protect Journalists cautioned that the treaty could hand new tools to authorities bent on punishing reporters, noting that many governments already use cybercrime and cybersecurity laws against journalists for openly publishing evidence of wrongdoing rather than for breaking into networks or systems.",
      },
      ar: {
        title: "لجنة حماية الصحفيين تحذّر من المخاطر على الصحفيين",
        summary:
          "نبّهت لجنة حماية الصحفيين إلى أن المعاهدة قد تضع أدوات جديدة في أيدي سلطات تسعى إلى معاقبة الصحفيين، مشيرةً إلى أن حكومات كثيرة تلجأ أصلًا إلى قوانين الجرائم الإلكترونية والأمن السيبراني لملاحقتهم بسبب نشرهم العلني لأدلة على المخالفات، لا بسبب اختراقهم للشبكات أو الأنظمة.",
      },
    },
  },
  {
    kind: "SESSION",
    startsOn: "2022-02-28",
    endsOn: "2022-03-11",
    place: "New York",
    texts: {
      en: {
        title: "First negotiating session",
        summary:
          "The first ten-day session opened the negotiations as the invasion of Ukraine dominated the UN, adopted a road map and mode of work, and approved intersessional consultations to hear stakeholders, including human rights and digital rights groups. Submissions showed no consensus on what counts as cybercrime: Brazil, the Dominican Republic, the EU, Liechtenstein, Norway, Switzerland, the United Kingdom and the United States sought a narrow focus, while others proposed content offences such as incitement to terrorism (China, Russia), disinformation (China, Indonesia) and copyright infringement (Indonesia, Liechtenstein, Mexico, Norway, Russia, the United States).",
      },
      ar: {
        title: "الدورة التفاوضية الأولى",
        summary:
          "افتتحت الدورة الأولى، ومدتها عشرة أيام، المفاوضاتِ فيما كان الغزو الروسي لأوكرانيا يهيمن على أعمال الأمم المتحدة، واعتمدت خارطة طريق وطريقة عمل، ووافقت على عقد مشاورات بين الدورات للاستماع إلى أصحاب المصلحة، ومنهم منظمات حقوق الإنسان والحقوق الرقمية. وكشفت مقترحات الدول غياب التوافق على تعريف الجريمة الإلكترونية: فقد طالبت البرازيل والجمهورية الدومينيكية والاتحاد الأوروبي وليختنشتاين والنرويج وسويسرا والمملكة المتحدة والولايات المتحدة بتركيز ضيق، بينما اقترحت دول أخرى جرائم متصلة بالمحتوى، من قبيل التحريض على الإرهاب (الصين وروسيا) والتضليل (الصين وإندونيسيا) وانتهاك حق المؤلف (إندونيسيا وليختنشتاين والمكسيك والنرويج وروسيا والولايات المتحدة).",
      },
    },
  },
  {
    kind: "CONSULTATION",
    startsOn: "2022-03-24",
    endsOn: "2022-03-25",
    place: "Vienna",
    texts: {
      en: {
        title: "First intersessional consultation",
        summary:
          "At the first consultation with multi-stakeholders, ARTICLE 19 questioned whether a cybercrime convention was needed at all and warned that it could entrench existing abuses of cybercrime laws, and Access Now urged the Committee to avoid over-broad criminalization. EFF stressed that human rights must come first and that the convention should be confined to criminal matters.",
      },
      ar: {
        title: "المشاورة الأولى بين الدورات",
        summary:
          "في أول مشاورة مع أصحاب المصلحة المتعددين، شككت منظمة المادة 19 في الحاجة أصلًا إلى اتفاقية للجرائم الإلكترونية، وحذّرت من أنها قد تكرّس الانتهاكات القائمة لقوانين هذه الجرائم، ودعت منظمة أكسس ناو إلى تجنّب التوسع المفرط في التجريم. وأكدت مؤسسة الحدود الإلكترونية أولوية حماية حقوق الإنسان وضرورة قصر الاتفاقية على المسائل الجنائية.",
      },
    },
  },
  {
    kind: "OTHER",
    startsOn: "2022-04-01",
    texts: {
      en: {
        title: "Civil society notes a geopolitical shift",
        summary:
          "Human Rights Watch, EFF and Privacy International observed that many states that had opposed the treaty at the outset, close to a third of the UN membership, were now engaging actively in the negotiations and even taking leading roles.",
      },
      ar: {
        title: "المجتمع المدني يرصد تحولًا جيوسياسيًا",
        summary:
          "لاحظت هيومن رايتس ووتش ومؤسسة الحدود الإلكترونية ومنظمة الخصوصية الدولية أن دولًا كثيرة عارضت المعاهدة في البداية، تقارب ثلث أعضاء الأمم المتحدة، باتت تشارك بفاعلية في المفاوضات، بل وتتولى فيها أدوارًا قيادية.",
      },
    },
  },
  {
    kind: "SESSION",
    startsOn: "2022-05-30",
    endsOn: "2022-06-10",
    place: "Vienna",
    texts: {
      en: {
        title: "Second negotiating session",
        summary:
          "Attended by 143 Member States, the session took stakeholder input on criminalization, general provisions, and procedural measures and law enforcement. EFF, Privacy International and Human Rights Watch argued for including only core cybercrimes, in which ICT systems are the direct target and tool of the offence, and for access offences that do not criminalize security research, whistleblowing or other uses of technology that benefit the public.",
      },
      ar: {
        title: "الدورة التفاوضية الثانية",
        summary:
          "بحضور 143 دولة عضوًا، استمعت الدورة إلى آراء أصحاب المصلحة بشأن أحكام التجريم والأحكام العامة والتدابير الإجرائية وإنفاذ القانون. ودعت مؤسسة الحدود الإلكترونية ومنظمة الخصوصية الدولية وهيومن رايتس ووتش إلى الاقتصار على الجرائم الإلكترونية الأساسية، أي تلك التي تكون فيها تكنولوجيا المعلومات والاتصالات هدفًا مباشرًا للجريمة وأداةً لها، وإلى ألا تطال أحكامُ الدخول غير المشروع البحثَ الأمني أو الإبلاغ عن المخالفات أو غيرهما من استخدامات التكنولوجيا النافعة للجمهور.",
      },
    },
  },
  {
    kind: "CONSULTATION",
    startsOn: "2022-06-13",
    endsOn: "2022-06-14",
    place: "Vienna",
    texts: {
      en: {
        title: "Second intersessional consultation",
        summary:
          "EFF warned that vague proposals on hate speech, extremism and terrorism threatened free expression, citing Jordan's proposal on insulting religions or states, Egypt's on spreading strife or hatred, and a Russian proposal backed by Belarus, Burundi, China, Nicaragua and Tajikistan covering loosely defined extremism; India's terrorism proposals raised similar concerns. OHCHR said a cybercrime treaty should not include offences based on the content of online expression.",
      },
      ar: {
        title: "المشاورة الثانية بين الدورات",
        summary:
          "حذّرت مؤسسة الحدود الإلكترونية من أن مقترحات فضفاضة بشأن خطاب الكراهية والتطرف والإرهاب تهدد حرية التعبير، ومنها مقترح أردني يتعلق بإهانة الأديان أو الدول، ومقترح مصري يتعلق بنشر الفتنة والكراهية، ومقترح روسي أيّدته بيلاروس وبوروندي والصين ونيكاراغوا وطاجيكستان يشمل أفعال تطرف غير محددة التعريف، كما أثارت مقترحات الهند بشأن الإرهاب مخاوف مماثلة. وأكدت مفوضية الأمم المتحدة السامية لحقوق الإنسان أن معاهدة الجرائم الإلكترونية ينبغي ألا تتضمن جرائم قائمة على مضمون التعبير على الإنترنت.",
      },
    },
  },
  {
    kind: "OTHER",
    startsOn: "2022-07-01",
    texts: {
      en: {
        title: "Request to reopen accreditation refused",
        summary:
          "Civil society organizations wrote to the Ad Hoc Committee asking it to reopen accreditation for stakeholders who had missed the first registration period; the request was turned down.",
      },
      ar: {
        title: "رفض طلب إعادة فتح باب الاعتماد",
        summary:
          "طلبت منظمات من المجتمع المدني، في رسالة إلى اللجنة المخصصة، إعادة فتح باب الاعتماد أمام أصحاب المصلحة الذين فاتتهم فترة التسجيل الأولى، غير أن الطلب قوبل بالرفض.",
      },
    },
  },
  {
    kind: "SESSION",
    startsOn: "2022-08-29",
    endsOn: "2022-09-09",
    place: "New York",
    texts: {
      en: {
        title: "Third negotiating session",
        summary:
          "With 149 Member States attending, the session turned to international cooperation, technical assistance and preventive measures; EFF argued that cooperation should require dual criminality and not extend to every kind of crime, and called for more resources and training for mutual legal assistance. The EU floated a middle ground keeping evidence cooperation open to any offence, as in the Budapest Convention, provided strong human rights safeguards apply, while Brazil and Russia proposed extending assistance to civil and administrative cases and to other undefined unlawful acts.",
      },
      ar: {
        title: "الدورة التفاوضية الثالثة",
        summary:
          "بحضور 149 دولة عضوًا، تناولت الدورة التعاونَ الدولي والمساعدة التقنية والتدابير الوقائية، ودعت مؤسسة الحدود الإلكترونية إلى اشتراط ازدواجية التجريم وعدم فتح نطاق التعاون أمام كل أنواع الجرائم، وإلى تخصيص مزيد من الموارد والتدريب لتحسين آليات المساعدة القانونية المتبادلة. وطرح الاتحاد الأوروبي صيغة وسطًا تُبقي التعاون في جمع الأدلة مفتوحًا لأي جريمة، على غرار اتفاقية بودابست، شريطة أن تحيط به ضمانات متينة لحقوق الإنسان، في حين اقترحت البرازيل وروسيا أن تمتد المساعدة إلى القضايا المدنية والإدارية وإلى «أفعال غير مشروعة» أخرى غير محددة.",
      },
    },
  },
  {
    kind: "CONSULTATION",
    startsOn: "2022-11-03",
    endsOn: "2022-11-04",
    place: "Vienna",
    texts: {
      en: {
        title: "Third intersessional consultation",
        summary:
          "EFF and OHCHR were invited to brief Member States. EFF again called for a narrowly focused treaty with strong safeguards against future abuse, and OHCHR recommended that the preamble refer to international and regional human rights instruments so that they guide how the convention is interpreted and applied.",
      },
      ar: {
        title: "المشاورة الثالثة بين الدورات",
        summary:
          "دُعيت مؤسسة الحدود الإلكترونية ومفوضية الأمم المتحدة السامية لحقوق الإنسان إلى عرض آرائهما أمام الدول الأعضاء. فجدّدت المؤسسة دعوتها إلى معاهدة محددة النطاق تتضمن ضمانات قوية تحول دون إساءة الاستخدام مستقبلًا، وأوصت المفوضية بأن تشير الديباجة إلى الصكوك الدولية والإقليمية لحقوق الإنسان كي يُسترشد بها في تفسير الاتفاقية وتطبيقها.",
      },
    },
  },
  {
    kind: "DRAFT_PUBLISHED",
    startsOn: "2022-11-07",
    texts: {
      en: {
        title: "Consolidated Negotiating Document published",
        summary:
          "Compiled by the Chair and the secretariat from Member States' proposals, the document covers general provisions, criminalization, and procedural measures and law enforcement; its criminalization chapter is grouped into 11 clusters, from illegal access and misuse of devices to provisions on real-time collection and interception of content data. Critics said that many of its offences interfere with freedom of expression beyond the limits allowed by article 19 (3) of the International Covenant on Civil and Political Rights.",
      },
      ar: {
        title: "نشر وثيقة التفاوض الموحدة",
        summary:
          "أعدّ الرئيس والأمانة هذه الوثيقة انطلاقًا من مقترحات الدول الأعضاء، وهي تغطي الأحكام العامة والتجريم والتدابير الإجرائية وإنفاذ القانون، ويتوزع فصل التجريم فيها على 11 مجموعة تمتد من الدخول غير المشروع وإساءة استخدام الأجهزة إلى أحكام الجمع الآني للبيانات واعتراض بيانات المحتوى. ورأى منتقدون أن كثيرًا من الجرائم الواردة فيها يمسّ حرية التعبير على نحو يتخطى ما تجيزه الفقرة 3 من المادة 19 من العهد الدولي الخاص بالحقوق المدنية والسياسية من قيود.",
      },
    },
  },
  {
    kind: "OTHER",
    startsOn: "2022-12-01",
    texts: {
      en: {
        title: "NGOs propose detailed amendments",
        summary:
          "EFF and ten other civil society groups, backed by dozens of organizations and academics, wrote that the consolidated text risked breaching international human rights law, and proposed revising speech-related offences as well as core offences that could hamper journalists, whistle-blowers and security researchers. EFF and Privacy International also asked for legality, necessity and proportionality, prior independent (preferably judicial) authorization, independent oversight, effective remedies, and protection for the security of communications.",
      },
      ar: {
        title: "منظمات غير حكومية تقترح تعديلات مفصّلة",
        summary:
          "كتبت مؤسسة الحدود الإلكترونية وعشر منظمات أخرى من المجتمع المدني، بدعم من عشرات المجموعات والأكاديميين، أن النص الموحد يُنذر بالتعارض مع القانون الدولي لحقوق الإنسان، واقترحت تنقيح الأحكام التي قد تجرّم أشكالًا من التعبير، وكذلك الجرائم الأساسية التي قد تعرقل عمل الصحفيين والمبلّغين عن المخالفات والباحثين في مجال الأمن. وطالبت المؤسسة ومنظمة الخصوصية الدولية أيضًا بإدراج مبادئ الشرعية والضرورة والتناسب، واشتراط إذن مسبق مستقل، ويُفضَّل أن يكون قضائيًا، ورقابة مستقلة لاحقة، والحق في انتصاف فعال، وصون أمن الاتصالات.",
      },
    },
  },
  {
    kind: "SESSION",
    startsOn: "2023-01-09",
    endsOn: "2023-01-20",
    place: "Vienna",
    texts: {
      en: {
        title: "Fourth negotiating session",
        summary:
          "Delegations of 149 Member States discussed the Consolidated Negotiating Document, and EFF, Derechos Digitales, R3D, Global Partners Digital, Eticas and Access Now warned about its long and growing list of offences. The Chair moved the most contentious clusters, including content-related offences, into informal meetings closed to NGOs, and several states, among them Singapore, Malaysia and Russia, sought to delete Article 42, the basic human rights safeguard on surveillance powers.",
      },
      ar: {
        title: "الدورة التفاوضية الرابعة",
        summary:
          "ناقشت وفود 149 دولة عضوًا وثيقة التفاوض الموحدة، وحذّرت مؤسسة الحدود الإلكترونية وديريتشوس ديجيتاليس وشبكة R3D والشركاء الرقميون العالميون وإتيكاس وأكسس ناو من قائمة الجرائم الطويلة والمتنامية فيها. ونقل الرئيس أكثر المجموعات إثارة للخلاف، ومنها الجرائم المتصلة بالمحتوى، إلى اجتماعات غير رسمية أُغلقت أمام المنظمات غير الحكومية، وسعت دول عدة، منها سنغافورة وماليزيا وروسيا، إلى شطب المادة 42، وهي المادة التي تكفل الحد الأدنى من ضمانات حقوق الإنسان إزاء صلاحيات المراقبة.",
      },
    },
  },
  {
    kind: "DRAFT_PUBLISHED",
    startsOn: "2023-01-21",
    texts: {
      en: {
        title: "Updated Consolidated Negotiating Document",
        summary:
          "An updated version of the consolidated text, dated 21 January 2023, reflected the first reading at the fourth session. It carried China's proposal to criminalize the dissemination of false information, which deepened civil society's concerns.",
      },
      ar: {
        title: "تحديث وثيقة التفاوض الموحدة",
        summary:
          "صدرت في 21 كانون الثاني/يناير 2023 نسخة محدّثة من النص الموحد تعكس نتائج القراءة الأولى في الدورة الرابعة، وتضمنت مقترحًا صينيًا بتجريم نشر المعلومات الكاذبة، ما عمّق مخاوف المجتمع المدني.",
      },
    },
  },
  {
    kind: "CONSULTATION",
    startsOn: "2023-03-06",
    endsOn: "2023-03-07",
    place: "Vienna",
    texts: {
      en: {
        title: "Fourth intersessional consultation",
        summary:
          "Held in Vienna and online with 61 Member and observer States. On a panel about international cooperation, an INTERPOL speaker questioned how well mutual legal assistance treaties work, citing bureaucracy across jurisdictions, scarce resources and differing standards of proof; civil society pushed back, invoking the Necessary and Proportionate Principles on dual criminality and warning that courting every state could lead to a race to the bottom on human rights.",
      },
      ar: {
        title: "المشاورة الرابعة بين الدورات",
        summary:
          "عُقدت في فيينا وعبر الإنترنت بمشاركة 61 دولة عضوًا ودولة مراقبة. وفي حلقة نقاش حول التعاون الدولي، شكك متحدث من الإنتربول في جدوى معاهدات المساعدة القانونية المتبادلة بسبب الإجراءات البيروقراطية بين الولايات القضائية وشح الموارد واختلاف معايير الإثبات، فردّ المجتمع المدني مستندًا إلى «المبادئ الضرورية والمتناسبة» بشأن ازدواجية التجريم، ومحذّرًا من أن استمالة جميع الدول قد تفضي إلى سباق نحو القاع في معايير حقوق الإنسان.",
      },
    },
  },
  {
    kind: "SESSION",
    startsOn: "2023-04-11",
    endsOn: "2023-04-21",
    place: "Vienna",
    texts: {
      en: {
        title: "Fifth negotiating session",
        summary:
          "Held in Vienna and online to take up the parts of the negotiating text not yet discussed: the preamble, international cooperation, preventive measures, technical assistance, the mechanism of implementation and the final provisions.",
      },
      ar: {
        title: "الدورة التفاوضية الخامسة",
        summary:
          "عُقدت في فيينا وعبر الإنترنت للنظر في ما تبقّى من النص التفاوضي دون مناقشة: الديباجة، وفصول التعاون الدولي والوقاية والمساعدة التقنية، وآلية التنفيذ، والأحكام الختامية.",
      },
    },
  },
  {
    kind: "DRAFT_PUBLISHED",
    startsOn: "2023-06-01",
    texts: {
      en: {
        title: "Zero draft of the convention",
        summary:
          "Ahead of the sixth session, the Chair circulated the first complete draft text of the convention (A/AC.291/22), built on the readings of the negotiating documents at earlier sessions, as the basis for negotiation in New York.",
      },
      ar: {
        title: "المسودة الصفرية للاتفاقية",
        summary:
          "قبيل الدورة السادسة، عمّم الرئيس أول مشروع نص كامل للاتفاقية (A/AC.291/22)، استنادًا إلى القراءات التي جرت للوثائق التفاوضية في الدورات السابقة، ليكون أساسًا للتفاوض في نيويورك.",
      },
    },
  },
  {
    kind: "CONSULTATION",
    startsOn: "2023-06-20",
    endsOn: "2023-06-21",
    place: "Vienna",
    texts: {
      en: {
        title: "Fifth intersessional consultation",
        summary: "Held in Vienna as the fifth round of consultations between the Committee and multi-stakeholders.",
      },
      ar: {
        title: "المشاورة الخامسة بين الدورات",
        summary: "عُقدت في فيينا بوصفها الجولة الخامسة من المشاورات بين اللجنة وأصحاب المصلحة المتعددين.",
      },
    },
  },
  {
    kind: "SESSION",
    startsOn: "2023-08-21",
    endsOn: "2023-09-01",
    place: "New York",
    texts: {
      en: {
        title: "Sixth negotiating session",
        summary: "Held in New York, with the aim of agreeing a preliminary draft text of the convention on the basis of the zero draft.",
      },
      ar: {
        title: "الدورة التفاوضية السادسة",
        summary: "عُقدت في نيويورك بهدف التوصل إلى مسودة أولية لنص الاتفاقية انطلاقًا من المسودة الصفرية.",
      },
    },
  },
  {
    kind: "DRAFT_PUBLISHED",
    startsOn: "2023-11-01",
    texts: {
      en: {
        title: "Revised draft text of the convention",
        summary:
          "The revised draft (A/AC.291/22/Rev.1) addressed newer threats such as crimes involving cryptocurrencies, and widened cooperation on extradition and mutual legal assistance, including the identification, seizure, confiscation and return of assets. Article 5 (human rights), Article 24 (conditions and safeguards), the scope of cooperation on electronic evidence and Article 60, which would oblige states to criminalize offences under other UN conventions and protocols when committed through ICT, remained in dispute; some states wanted no human rights reference at all, as in the UN Convention against Corruption, a position opposed by Western states and by a number of Latin American, Asian and African states.",
      },
      ar: {
        title: "مشروع النص المنقّح للاتفاقية",
        summary:
          "تناول المشروع المنقّح (A/AC.291/22/Rev.1) تهديدات مستجدة كالجرائم المتصلة بالعملات المشفّرة، ووسّع التعاون في تسليم المجرمين والمساعدة القانونية المتبادلة، بما في ذلك تحديد الأصول وحجزها ومصادرتها وإعادتها. وبقيت موضع خلاف المادة 5 (حقوق الإنسان) والمادة 24 (الشروط والضمانات) ونطاق التعاون في الأدلة الإلكترونية والمادة 60 التي تُلزم الدول بتجريم الأفعال المقررة في اتفاقيات الأمم المتحدة وبروتوكولاتها الأخرى إذا ارتُكبت بواسطة تكنولوجيا المعلومات والاتصالات؛ إذ أرادت بعض الدول خلوّ الاتفاقية من أي إشارة إلى حقوق الإنسان على غرار اتفاقية الأمم المتحدة لمكافحة الفساد، وهو موقف عارضته الدول الغربية وعدد من دول أمريكا اللاتينية وآسيا وأفريقيا.",
      },
    },
  },
  {
    kind: "SESSION",
    startsOn: "2024-01-29",
    endsOn: "2024-02-09",
    place: "New York",
    texts: {
      en: {
        title: "Concluding session",
        summary:
          "Convened in New York as the Committee's concluding session, to complete the negotiation and approve the draft convention for submission to the General Assembly, which was to consider and adopt it in 2024.",
      },
      ar: {
        title: "الدورة الختامية",
        summary:
          "انعقدت في نيويورك بوصفها الدورة الختامية للجنة، لاستكمال التفاوض على مشروع الاتفاقية والموافقة عليه وإحالته إلى الجمعية العامة التي كان من المقرر أن تنظر فيه وتعتمده خلال عام 2024.",
      },
    },
  },
];
