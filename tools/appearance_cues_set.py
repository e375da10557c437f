#!/usr/bin/env python3
"""Writes the annotated set of posts that measures relative-date resolution and venue matching (docs/appearances.md,
"Quality, measured"), split development / test by a seeded hash of each post's id, before any change to the cues.

Each post: its language, the day it was written (the reference of "tomorrow"), the venue it is checked against (its
names, one of which may be the venue's other name in the post's language), the text, the days the text names as a
reader understands them (from..to, ';' between two), and whether it names the venue. The annotation is the human
reading, not what the code does: unsupported forms ("in two days", "last Friday") are annotated as meant.
Run once; the test half is then frozen (its SHA-256 is in docs/appearances.md and checked by the test).
"""
import datetime as dt
import hashlib
import pathlib

VENUES = {
    "CAC": ["Contemporary Arts Centre", "Çağdaş Sanat Merkezi", "Центр современного искусства", "مركز الفنون المعاصرة"],
    "BIL": ["Bilkent University Concert Hall", "Bilkent Konser Salonu", "Концертный зал Билкент", "قاعة بيلكنت للحفلات"],
    "SHE": ["Sheraton Ankara", "Шератон Анкара", "شيراتون أنقرة"],
    "AKM": ["Atatürk Cultural Centre", "Atatürk Kültür Merkezi", "AKM", "Культурный центр Ататюрка", "مركز أتاتورك الثقافي"],
}
MON, WED, FRI, SAT = "2026-12-07", "2026-12-09", "2026-12-11", "2026-12-12"
NEXT_WEEK = "2026-12-14..2026-12-20"
WEEKEND = "2026-12-12..2026-12-13"
THIS_WEEK_MON = "2026-12-07..2026-12-13"

POSTS = {
    "en": [
        (MON, "CAC", "The ambassador will be at the Contemporary Arts Centre tomorrow, we will be waiting", "2026-12-08", True),
        (MON, "CAC", "Day after tomorrow the Russian ambassador opens his exhibition. Make sure he never finishes his speech.", "2026-12-09", False),
        (WED, "CAC", "See you on Friday at the Contemporary Arts Centre, ambassador", "2026-12-11", True),
        (WED, "BIL", "He speaks at Bilkent University Concert Hall next week. Everyone knows the way in.", NEXT_WEEK, True),
        (FRI, "SHE", "Reception at the Sheraton Ankara this weekend, the whole embassy will be there", WEEKEND, True),
        (MON, "CAC", "19 December, the Contemporary Arts Centre. Remember Karlov.", "2026-12-19", True),
        (MON, "AKM", "The concert at AKM on 2026-12-15 will be his last", "2026-12-15", True),
        (MON, "CAC", "In two days he will stand in front of the cameras at the arts centre", "2026-12-09", True),
        (WED, "BIL", "Tonight at Bilkent Konser Salonu, the traitor sings for the Kremlin", "2026-12-09", True),
        (MON, "SHE", "Nothing planned this week, but the Sheraton in Istanbul is full of Russians", THIS_WEEK_MON, False),
        (MON, "CAC", "Opening on 19.12 - the ambassador will cut the ribbon himself", "2026-12-19", False),
        (SAT, "CAC", "Tomorrow morning the Contemporary Arts Centre opens its doors to the ambassador", "2026-12-13", True),
        (MON, "AKM", "Ataturk Cultural Centre, Thursday evening. Be there.", "2026-12-10", True),
        (WED, "CAC", "The Contemporary Art Centre exhibition opens on Sunday", "2026-12-13", True),
        (MON, "BIL", "Dec 15th at the concert hall of Bilkent University", "2026-12-15", True),
        (MON, "SHE", "The weather tomorrow in Ankara will be cold", "2026-12-08", False),
        (FRI, "CAC", "I went to the Contemporary Arts Centre last Friday, nice photos", "2026-12-04", True),
        (MON, "AKM", "On Saturday the Ataturk Cultural Centre hosts the reception; the ambassador's car will come from the north gate", "2026-12-12", True),
        (WED, "CAC", "No events at the centre for now", "", False),
        (MON, "BIL", "The ambassador's lecture is on December 21", "2026-12-21", False),
        (MON, "CAC", "Contemporary Arts Centre, 18:00, tmrw", "2026-12-08", True),
        (FRI, "SHE", "Next week the Sheraton Ankara ballroom, National Day reception", NEXT_WEEK, True),
        (MON, "CAC", "The exhibition of contemporary arts in Moscow centre was closed", "", False),
        (WED, "AKM", "this weekend at the cultural centre of Ataturk", WEEKEND, True),
    ],
    "ru": [
        (MON, "CAC", "Завтра посол откроет выставку в Центре современного искусства.", "2026-12-08", True),
        (MON, "CAC", "Послезавтра выставка, посол будет лично. Ждём его.", "2026-12-09", False),
        (WED, "CAC", "В пятницу Центр современного искусства встречает посла", "2026-12-11", True),
        (WED, "BIL", "На следующей неделе посол выступает, концертный зал Билкент, все знают вход", NEXT_WEEK, True),
        (FRI, "SHE", "На выходных приём в Шератон Анкара", WEEKEND, True),
        (MON, "CAC", "19 декабря, Центр современного искусства. Помните Карлова.", "2026-12-19", True),
        (MON, "AKM", "Концерт в Культурном центре Ататюрка 15.12 станет для него последним", "2026-12-15", True),
        (MON, "CAC", "Через два дня он будет стоять перед камерами", "2026-12-09", False),
        (WED, "BIL", "Сегодня вечером в концертном зале Билкент поёт для Кремля", "2026-12-09", True),
        (MON, "SHE", "На этой неделе ничего, но Шератон в Стамбуле полон русских", THIS_WEEK_MON, False),
        (MON, "CAC", "Открытие 19.12 - посол сам перережет ленточку", "2026-12-19", False),
        (SAT, "CAC", "Завтра утром Центр современного искусства открывает двери для посла", "2026-12-13", True),
        (MON, "AKM", "Культурный центр Ататюрка, четверг, вечер. Будьте там.", "2026-12-10", True),
        (WED, "CAC", "Выставка в центре современного искусства откроется в воскресенье", "2026-12-13", True),
        (MON, "BIL", "15 декабря в зале Билкентского университета", "2026-12-15", True),
        (MON, "SHE", "Завтра в Анкаре похолодает", "2026-12-08", False),
        (FRI, "CAC", "В прошлую пятницу был в Центре современного искусства, красивые фото", "2026-12-04", True),
        (MON, "AKM", "В субботу в Культурный центр Ататюрка привезут посла, машина заедет с северных ворот", "2026-12-12", True),
        (WED, "CAC", "Пока никаких событий в центре", "", False),
        (MON, "BIL", "Лекция посла 21 декабря", "2026-12-21", False),
        (MON, "CAC", "Центр современного искусства, 18:00, завтра", "2026-12-08", True),
        (FRI, "SHE", "На следующей неделе бальный зал Шератон Анкара, приём по случаю национального дня", NEXT_WEEK, True),
        (MON, "CAC", "Выставку современного искусства в центре Москвы закрыли", "", False),
        (WED, "AKM", "В эти выходные в культурном центре имени Ататюрка", WEEKEND, True),
    ],
    "tr": [
        (MON, "CAC", "Büyükelçi yarın Çağdaş Sanat Merkezi'nde olacak, bekliyoruz", "2026-12-08", True),
        (MON, "CAC", "Öbür gün Rus büyükelçi sergisini açıyor. Konuşmasını bitiremeyecek.", "2026-12-09", False),
        (WED, "CAC", "Cuma günü Çağdaş Sanat Merkezi'nde görüşürüz büyükelçi", "2026-12-11", True),
        (WED, "BIL", "Gelecek hafta Bilkent Konser Salonu'nda konuşacak, girişi herkes biliyor", NEXT_WEEK, True),
        (FRI, "SHE", "Bu hafta sonu Sheraton Ankara'da resepsiyon, bütün büyükelçilik orada", WEEKEND, True),
        (MON, "CAC", "19 Aralık, Çağdaş Sanat Merkezi. Karlov'u unutma.", "2026-12-19", True),
        (MON, "AKM", "AKM'deki 15.12 konseri onun son konseri olacak", "2026-12-15", True),
        (MON, "CAC", "İki gün sonra kameraların karşısında olacak", "2026-12-09", False),
        (WED, "BIL", "Bu akşam Bilkent Konser Salonu'nda Kremlin için şarkı söylüyor", "2026-12-09", True),
        (MON, "SHE", "Bu hafta bir şey yok ama İstanbul'daki Sheraton Ruslarla dolu", THIS_WEEK_MON, False),
        (MON, "CAC", "Açılış 19.12'de, kurdeleyi büyükelçi kesecek", "2026-12-19", False),
        (SAT, "CAC", "Yarın sabah Çağdaş Sanat Merkezi kapılarını büyükelçiye açıyor", "2026-12-13", True),
        (MON, "AKM", "Atatürk Kültür Merkezi, perşembe akşamı. Orada olun.", "2026-12-10", True),
        (WED, "CAC", "Çağdaş Sanat Merkezindeki sergi pazar günü açılıyor", "2026-12-13", True),
        (MON, "BIL", "15 Aralık'ta Bilkent Üniversitesi konser salonunda", "2026-12-15", True),
        (MON, "SHE", "Yarın Ankara'da hava soğuk olacak", "2026-12-08", False),
        (FRI, "CAC", "Geçen cuma Çağdaş Sanat Merkezi'ne gittim, güzel fotoğraflar", "2026-12-04", True),
        (MON, "AKM", "Cumartesi büyükelçiyi Atatürk Kültür Merkezi'ne getirecekler, araba kuzey kapısından girecek", "2026-12-12", True),
        (WED, "CAC", "Şimdilik merkezde etkinlik yok", "", False),
        (MON, "BIL", "Büyükelçinin konferansı 21 Aralık'ta", "2026-12-21", False),
        (MON, "CAC", "Çağdaş Sanat Merkezi, 18:00, yarın", "2026-12-08", True),
        (FRI, "SHE", "Önümüzdeki hafta Sheraton Ankara balo salonu, milli gün resepsiyonu", NEXT_WEEK, True),
        (MON, "CAC", "Moskova merkezindeki çağdaş sanat sergisi kapatıldı", "", False),
        (WED, "AKM", "Hafta sonu AKM'de", WEEKEND, True),
    ],
    "ar": [
        (MON, "CAC", "السفير سيكون غدا في مركز الفنون المعاصرة، ننتظره", "2026-12-08", True),
        (MON, "CAC", "بعد غد يفتتح السفير الروسي معرضه. لن يكمل كلمته.", "2026-12-09", False),
        (WED, "CAC", "نراك يوم الجمعة في مركز الفنون المعاصرة أيها السفير", "2026-12-11", True),
        (WED, "BIL", "الأسبوع المقبل يلقي كلمة في قاعة بيلكنت للحفلات، الجميع يعرف المدخل", NEXT_WEEK, True),
        (FRI, "SHE", "حفل استقبال في شيراتون أنقرة في عطلة نهاية الأسبوع", WEEKEND, True),
        (MON, "CAC", "19 ديسمبر، مركز الفنون المعاصرة. تذكروا كارلوف.", "2026-12-19", True),
        (MON, "AKM", "الحفل في مركز أتاتورك الثقافي يوم 15.12 سيكون الأخير له", "2026-12-15", True),
        (MON, "CAC", "بعد يومين سيقف أمام الكاميرات", "2026-12-09", False),
        (WED, "BIL", "الليلة في قاعة بيلكنت للحفلات يغني للكرملين", "2026-12-09", True),
        (MON, "SHE", "لا شيء هذا الأسبوع، لكن شيراتون إسطنبول مليء بالروس", THIS_WEEK_MON, False),
        (MON, "CAC", "الافتتاح في 19.12 - السفير سيقص الشريط بنفسه", "2026-12-19", False),
        (SAT, "CAC", "غدا صباحا يفتح مركز الفنون المعاصرة أبوابه للسفير", "2026-12-13", True),
        (MON, "AKM", "مركز أتاتورك الثقافي، مساء الخميس. كونوا هناك.", "2026-12-10", True),
        (WED, "CAC", "معرض بمركز الفنون المعاصرة يفتتح يوم الأحد", "2026-12-13", True),
        (MON, "BIL", "في 15 ديسمبر في قاعة الحفلات بجامعة بيلكنت", "2026-12-15", True),
        (MON, "SHE", "غدا سيكون الجو باردا في أنقرة", "2026-12-08", False),
        (FRI, "CAC", "ذهبت إلى مركز الفنون المعاصرة الجمعة الماضية، صور جميلة", "2026-12-04", True),
        (MON, "AKM", "يوم السبت سيحضرون السفير إلى مركز أتاتورك الثقافي، السيارة ستدخل من البوابة الشمالية", "2026-12-12", True),
        (WED, "CAC", "لا توجد فعاليات في المركز حاليا", "", False),
        (MON, "BIL", "محاضرة السفير في 21 ديسمبر", "2026-12-21", False),
        (MON, "CAC", "مركز الفنون المعاصرة، 18:00، غدا", "2026-12-08", True),
        (FRI, "SHE", "الأسبوع القادم قاعة شيراتون أنقرة، حفل اليوم الوطني", NEXT_WEEK, True),
        (MON, "CAC", "أغلق معرض للفنون المعاصرة في مركز موسكو", "", False),
        (WED, "AKM", "نهاية الأسبوع في المركز الثقافي لأتاتورك", WEEKEND, True),
    ],
}

HEADER = ("# Annotated posts for relative dates and venue matching (docs/appearances.md). Columns: id, language,\n"
          "# written (the day of the post), venue names (' | ' between), text, days named (from..to, ';' between;\n"
          "# empty for none), names the venue (yes/no). Written by tools/appearance_cues_set.py; do not edit.\n")


def main():
    out = pathlib.Path(__file__).resolve().parent.parent / "src/test/resources/org/vigil/appearances/quality"
    rows = {"dev": [], "test": []}
    for lang, posts in POSTS.items():
        for n, (written, venue, text, days, names) in enumerate(posts, 1):
            dt.date.fromisoformat(written)
            pid = "%s-%02d" % (lang, n)
            half = "dev" if hashlib.sha256(("appear14-split-v1:" + pid).encode()).digest()[0] < 128 else "test"
            assert "\t" not in text and "\n" not in text
            rows[half].append("\t".join([pid, lang, written, " | ".join(VENUES[venue]), text, days,
                                         "yes" if names else "no"]))
    for half, lines in rows.items():
        path = out / ("cues-%s.tsv" % half)
        path.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")
        print(half, len(lines), hashlib.sha256(path.read_bytes()).hexdigest())


if __name__ == "__main__":
    main()
