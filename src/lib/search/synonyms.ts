/**
 * What residents of Stoke-on-Trent type, and the words this city's listings use for it. A search for
 * one of the phrases on the left also finds listings with any word on the right, ranked below listings
 * that have the words typed: "toddlers" finds the baby and toddler group first, then family listings.
 *
 * Each phrase is matched on its words' stems, so "toddler" and "toddlers", "food parcel" and "food
 * parcels" are one entry. Each word on the right is matched exactly (by stem) in any field, category and
 * audience labels included, so "families" finds every listing for families.
 */

/** One line of the table: what people say, and the words in listings that answer it. */
export interface Intent {
  says: readonly string[];
  finds: readonly string[];
}

/** The table, by theme. Phrases of up to three words. */
export const INTENTS: readonly Intent[] = [
  // Families and children
  {
    says: ["toddlers", "toddler", "little ones", "kids", "kiddies", "tots", "under fives", "preschool", "nursery"],
    finds: ["families", "children", "toddler", "baby", "play", "explorers"],
  },
  { says: ["baby", "babies", "newborn", "mums", "mum and baby", "parents"], finds: ["baby", "toddler", "families"] },
  { says: ["children", "child", "family", "families"], finds: ["families", "children", "kids"] },
  { says: ["half term", "school holidays", "holiday club"], finds: ["half-term", "holiday", "families", "children"] },
  { says: ["play", "playgroup", "stay and play"], finds: ["play", "toddler", "explorers"] },
  // Food
  {
    says: ["foodbank", "food bank", "food parcel", "food parcels", "free food", "hungry", "groceries", "food help"],
    finds: ["pantry", "fridge", "food support", "parcel"],
  },
  { says: ["pantry", "fridge", "community fridge"], finds: ["pantry", "fridge", "food support"] },
  {
    says: ["lunch", "dinner", "meal", "hot meal", "free meal", "supper", "eat"],
    finds: ["lunch", "supper", "meal", "kitchen", "food"],
  },
  { says: ["cooking", "cookery", "cook"], finds: ["cook", "kitchen"] },
  // Money and debt
  {
    says: ["debt", "debts", "money", "bills", "arrears", "skint", "broke", "cost of living", "budgeting"],
    finds: ["money", "debt", "benefits", "bills", "advice"],
  },
  {
    says: ["benefits", "universal credit", "uc", "pip", "pension credit", "council tax"],
    finds: ["benefits", "money", "advice", "universal", "credit"],
  },
  { says: ["energy", "heating", "gas", "electric", "electricity"], finds: ["energy", "bills", "warm"] },
  { says: ["warm space", "warm room", "warm bank", "keep warm", "cold"], finds: ["warm", "space"] },
  { says: ["scam", "scams", "fraud"], finds: ["scams", "safe"] },
  // Health and wellbeing
  {
    says: ["gp", "doctor", "doctors", "nurse", "surgery", "health centre", "nhs", "medical"],
    finds: ["health", "wellbeing"],
  },
  {
    says: ["mental health", "anxiety", "depression", "stress", "lonely", "loneliness", "isolated", "low mood"],
    finds: ["wellbeing", "mental", "friendship", "social", "company", "circle"],
  },
  {
    says: ["exercise", "fitness", "keep fit", "gym", "workout", "get fit"],
    finds: ["exercise", "fitness", "movement", "strength", "yoga", "walk", "sport", "active"],
  },
  { says: ["disabled", "disability", "wheelchair", "mobility"], finds: ["seated", "chair", "step-free", "accessible"] },
  // Carers
  { says: ["carer", "carers", "caring", "looking after", "unpaid carer"], finds: ["carers", "caring"] },
  { says: ["dementia", "memory"], finds: ["carers", "older"] },
  // Older people
  {
    says: ["older people", "elderly", "pensioners", "pensioner", "retired", "seniors", "over 60s", "over 50s", "oaps"],
    finds: ["older", "seated", "chair", "gentle", "coffee"],
  },
  // Young people
  {
    says: [
      "teenagers",
      "teens",
      "teen",
      "youth",
      "young people",
      "students",
      "youngsters",
      "youth club",
      "youth centre",
    ],
    finds: ["young", "youth", "teenagers"],
  },
  // Faith
  {
    says: ["church", "chapel", "mosque", "temple", "gurdwara", "mandir", "synagogue", "worship", "prayer", "religion"],
    finds: ["faith", "church", "chapel", "minster", "interfaith", "worship"],
  },
  { says: ["christmas", "xmas", "festive", "carols"], finds: ["christmas", "festive", "carol", "advent"] },
  { says: ["eid", "ramadan", "iftar", "muslim"], finds: ["eid", "iftar", "ramadan", "faith"] },
  { says: ["diwali", "deepavali", "hindu", "sikh"], finds: ["diwali", "faith"] },
  // Languages and newcomers
  {
    says: ["esol", "learn english", "english lessons", "english class", "english classes"],
    finds: ["english", "conversation", "language"],
  },
  {
    says: ["refugee", "refugees", "asylum", "new to the city", "newcomer", "newcomers", "migrant"],
    finds: ["newcomers", "refugee", "welcome"],
  },
  { says: ["polish", "polski"], finds: ["polish"] },
  { says: ["romanian", "romana"], finds: ["romanian"] },
  { says: ["urdu", "pakistani"], finds: ["urdu"] },
  { says: ["punjabi", "panjabi"], finds: ["punjabi"] },
  { says: ["arabic"], finds: ["arabic"] },
  // Sport and exercise
  {
    says: ["sport", "sports", "football", "footy", "soccer", "running", "jogging", "run"],
    finds: ["sport", "football", "run", "active"],
  },
  { says: ["dance", "dancing"], finds: ["dance"] },
  { says: ["yoga", "pilates", "stretching", "tai chi"], finds: ["yoga", "movement", "pilates", "tai chi"] },
  // Walking and outdoors
  {
    says: ["walk", "walks", "walking", "ramble", "rambling", "hike", "hiking", "stroll"],
    finds: ["walk", "walking", "stroll", "walkers"],
  },
  {
    says: ["nature", "wildlife", "birds", "birdwatching", "outdoors", "countryside"],
    finds: ["nature", "wildlife", "bird", "outdoors", "explorers"],
  },
  {
    says: ["gardening", "garden", "allotment", "plants", "growing", "grow"],
    finds: ["garden", "growing", "growers", "planting", "seed", "bulb"],
  },
  { says: ["canal", "towpath", "boats"], finds: ["canal", "towpath"] },
  { says: ["park", "parks", "green space"], finds: ["park"] },
  // Crafts and arts
  {
    says: ["crafts", "craft", "crafting", "making", "handmade", "arts and crafts"],
    finds: ["craft", "makers", "making", "workshop", "knit", "pottery", "clay", "art"],
  },
  {
    says: ["knitting", "crochet", "sewing", "wool", "yarn", "stitching"],
    finds: ["knit", "natter", "sewing", "craft"],
  },
  { says: ["ceramics", "clay", "pottery", "potting"], finds: ["pottery", "clay", "ceramics"] },
  { says: ["painting", "drawing", "art", "arts"], finds: ["art", "painting", "creatives"] },
  { says: ["singing", "sing", "choir", "music", "band", "gig"], finds: ["choir", "music", "sing", "concert"] },
  { says: ["history", "heritage", "museum", "old buildings"], finds: ["heritage", "history", "museum"] },
  // Volunteering and community
  {
    says: ["volunteering", "volunteer", "volunteers", "help out", "give back", "get involved"],
    finds: ["volunteering", "volunteer", "litter", "conservation"],
  },
  {
    says: ["litter", "rubbish", "clean up", "tidy up", "litter picking"],
    finds: ["litter", "clean", "pickers"],
  },
  { says: ["repair", "fix", "mend", "broken"], finds: ["repair", "fix", "mend"] },
  // Social and digital
  {
    says: ["make friends", "meet people", "company", "chat", "socialise", "social"],
    finds: ["social", "friendship", "coffee", "chat", "circle", "natter"],
  },
  { says: ["cuppa", "tea", "brew", "coffee"], finds: ["coffee", "tea", "cafe"] },
  {
    says: [
      "computer",
      "computers",
      "laptop",
      "internet",
      "online",
      "smartphone",
      "phone",
      "ipad",
      "tablet",
      "email",
      "it help",
    ],
    finds: ["digital", "smartphone", "computer", "online"],
  },
  { says: ["women", "ladies", "woman"], finds: ["women"] },
  { says: ["free", "no cost", "cheap"], finds: ["free"] },
];
