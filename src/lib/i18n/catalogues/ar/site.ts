/** إطار كل صفحة: الرأس والقائمة والتذييل واختيار اللغة. */
import type { Messages } from "../../types";

export const site: Messages["site"] = {
  name: "Stoke Together",
  fullTitle: "Stoke Together: ما يجري بالقرب منك في ستوك أون ترنت",
  pageTitle: (title) => `${title} | Stoke Together`,
  lastUpdated: (date) => `آخر تحديث: ${date}.`,
  comma: "، ",
  skipLink: "انتقل إلى المحتوى الرئيسي",
  home: "Stoke Together، الصفحة الرئيسية",
  nav: {
    label: "القائمة الرئيسية",
    find: "ابحث بالقرب منك",
    events: "الفعاليات",
    groups: "المجموعات",
    places: "الأماكن",
    services: "الخدمات",
    areas: "المناطق",
  },
  footer: {
    about:
      "ما يجري بالقرب منك في Tunstall وBurslem وHanley وStoke وFenton وLongton. كل إعلان يذكر من يديره ومتى جرى التحقق منه آخر مرة.",
    navLabel: "عن هذا الموقع",
    submit: "أضف فعالية",
    buddyUp: "خدمة الرفيق: لا تذهب وحدك",
    aboutSite: "عن Stoke Together",
    accessibility: "بيان إمكانية الوصول",
    privacy: "إشعار الخصوصية",
    print: "أوراق للطباعة",
    openData: "البيانات المفتوحة",
    sitemap: "خريطة الموقع",
    sources:
      "أسماء الدوائر الانتخابية ورموزها: المصدر Office for National Statistics، بموجب Open Government Licence v3.0. مواقع الأماكن: Historic England ومصادر أخرى مذكورة في صفحة كل مكان.",
  },
  languages: {
    label: "اللغة",
    current: "هذه الصفحة باللغة العربية.",
    writtenIn: (language) => `مكتوب باللغة ${language}`,
  },
};
