from django.db import migrations

# Frozen as written (later changes to faq.search.schema must not change this
# step of history).
# PostgreSQL: the ranking table for the second ranking pass (the document id,
# its full vector's length in positions, and the vector without the commonest
# Chinese characters, kept in the row), kept in step with faq_searchdocument
# by statement triggers like faq_searchmatch's (0013), filled from the
# documents there are. Nothing on SQLite.
COMMON_CHARACTERS = """'{一,上,下,不,与,且,两,並,个,中,为,举,么,之,也,了,争,于,些,交,人,仍,从,他,付,代,以,们,件,任,份,会,传,但,位,住,体,何,余,作,
            使,來,例,供,依,保,信,修,個,們,借,值,假,做,停,備,傳,儲,元,充,先,免,入,內,全,兩,关,其,具,内,冊,册,再,冒,写,决,况,冻,准,凍,
            几,出,击,分,列,別,别,到,制,則,前,办,加,务,动,助,動,務,包,匯,区,區,協,单,卡,即,卻,原,参,參,及,双,反,发,取,受,另,只,可,台,
            号,各,同,名,后,向,否,启,告,周,和,哪,商,問,啟,單,嗎,器,回,因,国,图,國,圖,在,地,址,報,填,境,处,备,复,外,多,大,天,失,好,如,
            姓,子,存,安,完,官,定,实,审,客,家,密,實,審,寫,对,将,將,專,對,小,就,工,已,币,帮,帳,常,幣,年,并,幾,应,度,建,开,式,当,录,往,
            後,得,從,心,必,快,怎,息,您,情,意,應,成,我,或,截,戶,户,所,手,才,打,扣,把,护,报,拍,拒,择,持,按,换,据,接,提,換,援,擇,操,支,
            收,改,放,效,数,整,數,文,料,新,方,於,无,日,时,明,易,是,显,時,暂,暫,更,最,會,有,服,期,未,本,机,权,来,果,查,样,核,案,業,樣,
            機,檢,權,次,款,止,正,此,步,每,求,汇,決,沒,没,況,法,注,流,消,港,準,点,為,無,照,爭,片,版,率,现,現,理,生,用,由,申,电,畫,當,
            疑,登,發,的,盗,盜,直,相,看,真,知,短,码,确,確,碼,示,社,种,程,稱,立,站,笔,符,第,筆,等,算,管,箱,簡,系,紀,索,組,結,絕,絡,給,
            經,網,線,編,續,级,线,经,结,给,绝,续,编,网,置,美,考,者,而,联,聯,能,自,至,致,與,般,若,英,获,處,號,融,行,表,被,装,裝,裡,複,
            要,見,規,见,解,計,訊,設,訴,註,詐,詢,試,話,詳,認,誤,說,請,證,識,議,護,變,计,订,认,让,议,记,设,证,识,诈,诉,试,话,询,详,误,
            说,请,費,資,账,费,资,起,路,身,載,輸,轉,转,载,输,辦,辨,过,还,这,进,追,退,送,选,透,這,通,速,連,進,過,道,選,還,邮,部,郵,都,
            重,金,銀,錄,錢,錯,鎖,鐘,钟,钱,银,链,销,错,閉,開,間,關,闭,问,间,阅,附,陆,限,除,陸,際,隨,雙,電,需,面,頁,項,須,領,額,顯,页,
            项,须,题,额,餘,騙,驗,验,骗,體,高,麼,點}'::text[]"""

COPY = f"""INSERT INTO faq_searchrank (id, length, vector)
    SELECT id,
        (SELECT COALESCE(SUM(GREATEST(COALESCE(array_length(u.positions, 1), 0), 1)), 0)
            FROM unnest(search_vector) u),
        ts_delete(search_vector, {COMMON_CHARACTERS})
    FROM new_documents;"""
DROP = "DELETE FROM faq_searchrank m USING old_documents o WHERE m.id = o.id;"

FORWARDS = {
    "postgresql": [
        """CREATE TABLE IF NOT EXISTS faq_searchrank (
    id bigint PRIMARY KEY,
    length integer NOT NULL,
    vector tsvector NOT NULL
) WITH (parallel_workers = 0);""",
        "ALTER TABLE faq_searchrank ALTER COLUMN vector SET STORAGE MAIN;",
        f"""CREATE OR REPLACE FUNCTION faq_searchrank_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    {COPY}
    RETURN NULL;
END $$;""",
        """CREATE OR REPLACE TRIGGER faq_searchrank_insert AFTER INSERT ON faq_searchdocument
    REFERENCING NEW TABLE AS new_documents
    FOR EACH STATEMENT EXECUTE FUNCTION faq_searchrank_insert();""",
        f"""CREATE OR REPLACE FUNCTION faq_searchrank_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    {DROP}
    {COPY}
    RETURN NULL;
END $$;""",
        """CREATE OR REPLACE TRIGGER faq_searchrank_update AFTER UPDATE ON faq_searchdocument
    REFERENCING OLD TABLE AS old_documents NEW TABLE AS new_documents
    FOR EACH STATEMENT EXECUTE FUNCTION faq_searchrank_update();""",
        f"""CREATE OR REPLACE FUNCTION faq_searchrank_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    {DROP}
    RETURN NULL;
END $$;""",
        """CREATE OR REPLACE TRIGGER faq_searchrank_delete AFTER DELETE ON faq_searchdocument
    REFERENCING OLD TABLE AS old_documents
    FOR EACH STATEMENT EXECUTE FUNCTION faq_searchrank_delete();""",
        """CREATE OR REPLACE FUNCTION faq_searchrank_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM faq_searchrank;
    RETURN NULL;
END $$;""",
        """CREATE OR REPLACE TRIGGER faq_searchrank_truncate AFTER TRUNCATE ON faq_searchdocument
    FOR EACH STATEMENT EXECUTE FUNCTION faq_searchrank_truncate();""",
        COPY.replace("FROM new_documents;", "FROM faq_searchdocument\n    ON CONFLICT (id) DO NOTHING;"),
    ],
}

BACKWARDS = {
    "postgresql": [
        "DROP TRIGGER IF EXISTS faq_searchrank_insert ON faq_searchdocument;",
        "DROP TRIGGER IF EXISTS faq_searchrank_update ON faq_searchdocument;",
        "DROP TRIGGER IF EXISTS faq_searchrank_delete ON faq_searchdocument;",
        "DROP TRIGGER IF EXISTS faq_searchrank_truncate ON faq_searchdocument;",
        "DROP FUNCTION IF EXISTS faq_searchrank_insert();",
        "DROP FUNCTION IF EXISTS faq_searchrank_update();",
        "DROP FUNCTION IF EXISTS faq_searchrank_delete();",
        "DROP FUNCTION IF EXISTS faq_searchrank_truncate();",
        "DROP TABLE IF EXISTS faq_searchrank;",
    ],
}


# Deliberately repeated in each search migration rather than shared: a
# migration imports no project module, so that it stays as written.
def _run(schema_editor, statements):
    """Runs this database vendor's statements (none for other vendors)."""
    for statement in statements.get(schema_editor.connection.vendor, ()):
        schema_editor.execute(statement, params=None)


def ranking_forwards(apps, schema_editor):
    _run(schema_editor, FORWARDS)


def ranking_backwards(apps, schema_editor):
    _run(schema_editor, BACKWARDS)


class Migration(migrations.Migration):
    """PostgreSQL: a ranking table whose Chinese vectors leave out the commonest
    characters, so that the second ranking pass reads fewer pages."""

    dependencies = [
        ("faq", "0014_article_public_index"),
    ]

    operations = [
        migrations.RunPython(ranking_forwards, ranking_backwards),
    ]
