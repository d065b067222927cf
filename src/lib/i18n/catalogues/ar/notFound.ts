/** The page shown for an address the site does not have, in Arabic. */
import type { Messages } from "../../types";

export const notFound: Messages["notFound"] = {
  title: "الصفحة غير موجودة",
  description: "لم نجد هذه الصفحة على Stoke Together.",
  heading: "عذرًا، لم نجد هذه الصفحة",
  lede: "إن كتبت العنوان بنفسك، فتأكد من كتابته بشكل صحيح. وإن وصلت من رابط لفعالية، فربما انتهت أو أُزيلت.",
  tryHeading: "جرّب واحدة من هذه",
  links: {
    events: "كل الفعاليات القادمة",
    free: "فعاليات مجانية",
    groups: "المجموعات المجتمعية",
    places: "الحدائق وأماكن اللقاء وغيرها",
    services: "الخدمات المحلية",
  },
  townsHeading: "ما يجري في بلدتك",
};
