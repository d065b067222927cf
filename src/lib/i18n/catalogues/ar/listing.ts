/** كلمات تشترك فيها صفحات الإعلانات كلها: التكلفة والأعمار والعلامات ومن ينظّم وكيف تصل. */
import type { Messages } from "../../types";

export const listing: Messages["listing"] = {
  breadcrumb: { label: "مسار التنقل", home: "الصفحة الرئيسية" },
  list: (items) => items.join("، "),
  sentences: (parts) => parts.join(". "),
  cost: {
    free: "مجاني",
    payWhatYouCan: "ادفع ما تستطيع",
    payWhatYouCanAbout: (price) => `ادفع ما تستطيع (${price})`,
    askOrganiser: "اسأل المنظِّم",
  },
  ages: {
    range: (min, max) => `الأعمار من ${min} إلى ${max}`,
    andOver: (min) => `من عمر ${min} فما فوق`,
    andUnder: (max) => `حتى عمر ${max}`,
  },
  tags: {
    label: "التفاصيل",
    beforeDark: "تنتهي قبل حلول الظلام",
    buddyUp: "خدمة الرفيق متاحة",
    regular: "منتظمة",
    example: "إعلان تجريبي",
  },
  status: { cancelled: "أُلغيت", postponed: "تأجّلت", moved: "تغيّر موعدها" },
  trust: {
    example: {
      heading: "إعلان تجريبي.",
      event:
        "هذه الفعالية تُظهر فقط كيف تبدو الإعلانات على Stoke Together. ليست فعالية حقيقية، فلا تذهب متوقعًا أن تجدها.",
      group:
        "هذه المجموعة تُظهر فقط كيف تبدو الإعلانات على Stoke Together. ليست مجموعة حقيقية، فلا تذهب متوقعًا أن تجدها.",
      service: "هذه الخدمة تُظهر فقط كيف تبدو الإعلانات على Stoke Together. ليست خدمة حقيقية، فلا تذهب متوقعًا أن تجدها.",
    },
    runBy: "المنظِّم",
    verified: "موثَّقة",
    verifiedBy: (by, on) => `نعم، وثّقها ${by} في ${on}`,
    notVerified: "لم تُوثَّق بعد",
    listed: "مصدر الإعلان",
    source: {
      curated: "أضافه محررو Stoke Together",
      submitted: "أرسله المنظِّم وراجعه أحد المشرفين",
      imported: "أُخذ من المكان الذي ينشر فيه المنظِّم",
    },
    importedFrom: (name) => `من ${name}، رُوجع في`,
    timeOnDate: (time, date) => `${date}، الساعة ${time}`,
    changedThere: "؛ وآخر تغيير هناك في",
    alsoListedBy: (names) => `. ومنشور أيضًا لدى ${names}`,
    lastUpdated: "آخر تحديث",
    says: (name) => `، بحسب ${name}`,
    lastChecked: "آخر مراجعة",
  },
  languages: { label: "اللغات", here: "يُتحدَّث فيها بالعربية" },
  print: { fallback: "اطبع من متصفحك (Ctrl+P، أو أمر الطباعة في قائمته)." },
};
