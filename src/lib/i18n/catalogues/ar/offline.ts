/** The words for using the site with no signal, in Arabic. */
import type { Messages } from "../../types";

export const offline: Messages["offline"] = {
  title: "أنت غير متصل بالإنترنت",
  description: "ما يُفتح في Stoke Together عندما لا يوجد اتصال.",
  heading: "أنت غير متصل بالإنترنت",
  lede: "هذه الصفحة غير محفوظة على هاتفك أو حاسوبك بعد، لذلك لا يمكن فتحها من دون اتصال.",
  whatWorks: "الصفحات التي فتحتها من قبل، والإعلانات التي في قائمتك، تُفتح حتى من دون إشارة. وتذكر كل صفحة متى حُفظت.",
  tryAgain: "عندما تعود الإشارة، افتح الصفحة مرة أخرى.",
  homeLink: "اذهب إلى الصفحة الرئيسية",
  notice: (day: string, time: string) => `أنت غير متصل بالإنترنت. حُفظت هذه الصفحة يوم ${day} الساعة ${time}.`,
  slowNotice: (day: string, time: string) => `الإشارة ضعيفة، لذلك هذه هي النسخة المحفوظة يوم ${day} الساعة ${time}.`,
  retry: "حاول مرة أخرى لرؤية أحدث نسخة",
};
