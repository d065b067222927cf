/** البلدات الست وصفحاتها، ونصيب كل دائرة: الجدول والنواقص بكلمات واضحة. */
import type { Gap } from "../../../areas/fairness";
import { plural } from "../../plural";
import type { Messages } from "../../types";

const AUDIENCE_GAPS = { families: "للعائلات", "young-people": "للشباب", "older-people": "لكبار السن" };

/** "خلال الـ30 يومًا القادمة": العدد بعد 10 يأتي بعده المفرد المنصوب، ومن 3 إلى 10 الجمع. */
function nextDays(days: number): string {
  return plural("ar", days, {
    zero: "خلال الـ# يوم القادمة",
    one: "خلال اليوم القادم",
    two: "خلال اليومين القادمين",
    few: "خلال الأيام الـ# القادمة",
    many: "خلال الـ# يومًا القادمة",
    other: "خلال الـ# يوم القادمة",
  });
}

function lacking(gap: Pick<Gap, "kind" | "audience">): string {
  switch (gap.kind) {
    case "events":
      return "لا فعاليات على الإطلاق";
    case "free":
      return "لا فعاليات مجانية";
    case "freeFor":
      return `لا فعاليات مجانية ${AUDIENCE_GAPS[gap.audience ?? "families"]}`;
    case "beforeDark":
      return "لا فعاليات تنتهي قبل حلول الظلام";
    case "buddyUp":
      return "لا فعاليات مع خدمة الرفيق";
  }
}

export const areas: Messages["areas"] = {
  index: {
    title: "المناطق",
    description: "البلدات الست في ستوك أون ترنت ودوائرها، مع عدد الفعاليات والخدمات في كل منها.",
    heading: "البلدات الست",
    lede: "اتحدت Tunstall وBurslem وHanley وStoke وFenton وLongton في عام 1910. اختر بلدة لترى ما يجري فيها، وإلى أين تذهب، ومن تسأل.",
    counts: (events, days, services, places) =>
      [
        `${plural("ar", events, { zero: "لا فعاليات", one: "فعالية واحدة", two: "فعاليتان", few: "# فعاليات", many: "# فعالية", other: "# فعالية" })} ${nextDays(days)}`,
        plural("ar", services, {
          zero: "لا خدمات",
          one: "خدمة واحدة",
          two: "خدمتان",
          few: "# خدمات",
          many: "# خدمة",
          other: "# خدمة",
        }),
        plural("ar", places, {
          zero: "لا أماكن",
          one: "مكان واحد",
          two: "مكانان",
          few: "# أماكن",
          many: "# مكانًا",
          other: "# مكان",
        }),
      ].join(" · "),
    fairnessHeading: "ما تحظى به كل منطقة",
    fairness: (days) =>
      `بعض المناطق تحظى بأكثر مما تحظى به غيرها. نعرض الأرقام علنًا حتى ترى المجموعات والجهات المموّلة والمجلس أين الحاجة أكبر. الإعلانات التجريبية لا تُحسب، والفعاليات تُحسب بمواعيدها ${nextDays(days)}.`,
    caption: "الإعلانات في كل بلدة",
    town: "البلدة",
    eventsNext: (days) => `الفعاليات ${nextDays(days)}`,
    services: "الخدمات",
    groups: "المجموعات الناشطة",
    places: "الأماكن",
    greenSpaces: "المساحات الخضراء",
    wardsLink: "{link}: ما لدى كل دائرة من الدوائر الـ34، وأين النواقص.",
    wardsHeading: "الدوائر",
    wards:
      "في المدينة 34 دائرة انتخابية (wards). نضع كل دائرة تحت البلدة التي تقع فيها أو الأقرب إليها، وبعضها يقع بين البلدات.",
    betweenTowns: "بين البلدات",
  },
  town: {
    crumb: "المناطق",
    description: (town) =>
      `ما يجري في ${town}، ستوك أون ترنت: الفعاليات والمجموعات المجتمعية والمساحات الخضراء وأماكن اللقاء والخدمات المحلية.`,
    everything: (town) => `كل ما يجري في ${town}`,
    print: "{link} للوحة الإعلانات.",
    printLink: (town) => `اطبع هذا الأسبوع والأسبوع القادم في ${town}`,
    comingUp: (town) => `قريبًا في ${town}`,
    nothingOn: (town) => `لا شيء معلن في ${town} هذا الأسبوع.`,
    places: (town) => `أماكن في ${town}`,
    groups: (town) => `مجموعات ناشطة في ${town}`,
    services: (town) => `خدمات في ${town}`,
    wardsHeading: "الدوائر",
    wards: (town, wards) => `تحمل هذه المجموعة من الدوائر اسم ${town}: ${wards.join("؛ ")}.`,
  },
  wards: {
    crumb: "المناطق",
    title: "نصيب كل دائرة",
    titleBy: (measure) => `نصيب كل دائرة: حسب "${measure}"`,
    current: "نصيب كل دائرة",
    description: "كم فعالية ومجموعة وخدمة ومساحة خضراء في كل دائرة من دوائر ستوك أون ترنت الـ34، وأين النواقص.",
    lede: "قال السكان للمدينة إن بعض المناطق تحظى بأكثر مما تحظى به غيرها. هذا ما هو معلن في كل دائرة من دوائر المدينة الـ34، محسوبًا من الإعلانات نفسها التي يعرضها الموقع، حتى ترى المجموعات والجهات المموّلة والمجلس أي الدوائر لديها الأقل.",
    counted: (days) => [
      "الإعلانات التجريبية لا تُحسب أبدًا. يُحسب الإعلان في دائرة عندما يخبرنا مصدرٌ بدائرة مكانه.",
      `مواعيد الفعاليات هي التي تُقام ${nextDays(days)}؛ والفعالية الأسبوعية تُحسب في كل أسبوع. وتُحسب المجموعة مرة واحدة في كل دائرة تنظّم فيها شيئًا يتكرر.`,
      "هذه أعداد بسيطة. أما حسابها لكل 1,000 من السكان فيحتاج إلى عدد سكان كل دائرة من مصدر منشور، وهو ما لا يملكه الموقع بعد.",
    ],
    download: "نزّل الجدول كملف CSV، لاستخدامه في جدول بيانات",
    noEvents:
      "لا تُحسب أي مواعيد فعاليات بعد: كل الفعاليات على الموقع اليوم تجريبية، والتجريبية لا تُحسب أبدًا. سيمتلئ الجدول مع وصول الإعلانات الحقيقية.",
    tableHeading: "الجدول",
    sortHint: "اختر عنوان عمود لترتيب الجدول حسبه.",
    gapsHeading: "النواقص",
    noGaps: (days) => `في كل دائرة شيء من كل نوع ${nextDays(days)}.`,
    gap: (gap, days) => `${lacking(gap)} ${nextDays(days)}`,
    gapWards: (wards, total) =>
      wards.length === total
        ? `في جميع الدوائر الـ${total}.`
        : `${plural("ar", wards.length, { zero: "في # دائرة", one: "في دائرة واحدة", two: "في دائرتين", few: "في # دوائر", many: "في # دائرة", other: "في # دائرة" })}: ${wards.join("، ")}.`,
    submit: "هل تنظّم شيئًا في إحدى هذه الدوائر؟ {link} وسنضيفه.",
    submitLink: "أخبرنا عنه",
    measures: {
      events: "مواعيد الفعاليات",
      free: "مواعيد مجانية",
      beforeDark: "تنتهي قبل الظلام",
      buddyUp: "مع خدمة الرفيق",
      groups: "مجموعات منتظمة",
      services: "الخدمات",
      greenSpaces: "المساحات الخضراء",
    },
    measuresInSentence: {
      events: "مواعيد الفعاليات",
      free: "مواعيد مجانية",
      beforeDark: "تنتهي قبل الظلام",
      buddyUp: "مع خدمة الرفيق",
      groups: "مجموعات منتظمة",
      services: "الخدمات",
      greenSpaces: "المساحات الخضراء",
    },
    caption: (sortedBy, days) =>
      `الإعلانات في كل دائرة، ${sortedBy === undefined ? "حسب الاسم" : `الأكثر في "${sortedBy}" أولًا`}. مواعيد الفعاليات هي التي ${nextDays(days)}.`,
    ward: "الدائرة",
    nextDays: (days) => `، ${nextDays(days)}`,
    unknownWard: "في أماكن دائرتها غير معروفة",
    tiles: {
      heading: (measure) => `الدوائر ملوّنة حسب ${measure}`,
      note: "كل دائرة مربّع، مجمّعة حسب البلدة من الشمال إلى الجنوب، ويكون اللون أغمق كلما زاد العدد. المربعات ليست خريطة بمقياس رسم: لا يملك الموقع بعدُ حدود الدوائر من مصدر منشور. الجدول أدناه فيه الأعداد نفسها.",
      colourBy: "التلوين حسب",
      betweenTowns: "بين البلدات",
      none: "لا شيء",
      fewToMany: (most) => `من الأقل إلى الأكثر (الأكثر ${most})`,
    },
  },
};
