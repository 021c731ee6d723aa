using KnowledgeGraph.Documents;
using NUnit.Framework;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Relations;
using static KnowledgeGraph.Tests.Relations.TestDocs;

namespace KnowledgeGraph.Tests.Relations;

public class MeetingExtractorTests
{
    [Test]
    public void AttendingAMeetingLinksParticipantToEventAndPlace()
    {
        var doc = Build("Retno Marsudi menghadiri pertemuan ASEAN di Vientiane pada Kamis.",
            "Retno Marsudi:Person", "ASEAN:Organization", "Vientiane:Place").WithEvents();
        var ev = doc.Mentions.Single(m => m.Type == NodeType.Event).EntityId!;
        var met = Edges(new MeetingExtractor(Lexicon), doc, RelationType.MET_AT);
        Assert.That(met, Is.EquivalentTo(new[]
        {
            (Id(NodeType.Person, "Retno Marsudi"), ev),
            (Id(NodeType.Person, "Retno Marsudi"), Id(NodeType.Place, "Vientiane")),
        }));
        Assert.That(Edges(new HeldInExtractor(Lexicon), doc, RelationType.HELD_IN),
            Is.EqualTo(new[] { (ev, Id(NodeType.Place, "Vientiane")) }));
    }

    [Test]
    public void AUnitSitsForItsBodyOnlyWhereTheArticleNamesTheBody()
    {
        string[] names = ["Komisi II DPRD Kotabaru:Organization", "DPRD Kotabaru:Organization", "Budi Hartono:Person", "Kotabaru:Place"];
        var hearing = "Komisi II DPRD Kotabaru menggelar rapat dengar pendapat dengan Budi Hartono di Kotabaru pada Senin.";
        var body = Id(NodeType.Organization, "DPRD Kotabaru");
        var named = Build(hearing + " Ketua DPRD Kotabaru hadir pada pembukaan masa sidang.", names).WithEvents();
        var met = Edges(new MeetingExtractor(Lexicon), named, RelationType.MET_AT);
        Assert.That(met, Does.Contain((Id(NodeType.Organization, "Komisi II DPRD Kotabaru"), Id(NodeType.Place, "Kotabaru"))));
        Assert.That(met, Does.Contain((body, Id(NodeType.Place, "Kotabaru"))));
        Assert.That(met, Does.Contain((body, EventId(named, "event:rapat"))));
        // The body named only inside its unit's name is no node of the article: the unit alone sat.
        var unnamed = Build(hearing, names).WithEvents();
        Assert.That(Edges(new MeetingExtractor(Lexicon), unnamed, RelationType.MET_AT).Select(e => e.Source), Does.Not.Contain(body));
        // A body ending a name whose head is no sitting unit's ("Sekretariat DPRD Kotabaru") sits for nobody.
        var office = Build(hearing.Replace("Komisi II", "Sekretariat") + " Ketua DPRD Kotabaru hadir pada pembukaan masa sidang.",
            ["Sekretariat DPRD Kotabaru:Organization", .. names[1..]]).WithEvents();
        Assert.That(Edges(new MeetingExtractor(Lexicon), office, RelationType.MET_AT).Select(e => e.Source), Does.Not.Contain(body));
    }

    [Test]
    public void HowLongTheyMetStandsBeforeWhereTheyMet()
    {
        string[] names = ["Budi Hartono:Person", "Andi Wirawan:Person", "Kotabaru:Place"];
        var met = Edges(new MeetingExtractor(Lexicon), Build("Budi Hartono bertemu dengan Andi Wirawan selama lebih dari tiga jam di Kotabaru pada Rabu.", names).WithEvents(), RelationType.MET_AT);
        Assert.That(met, Does.Contain((Id(NodeType.Person, "Budi Hartono"), Id(NodeType.Place, "Kotabaru"))));
        Assert.That(met, Does.Contain((Id(NodeType.Person, "Andi Wirawan"), Id(NodeType.Place, "Kotabaru"))));
        // "selama" that closes no span of time is no duration: the clause after it is another matter.
        var other = Edges(new MeetingExtractor(Lexicon), Build("Budi Hartono bertemu dengan Andi Wirawan selama Sari Dewi tinggal di Kotabaru.", [.. names, "Sari Dewi:Person"]).WithEvents(), RelationType.MET_AT);
        Assert.That(other, Does.Not.Contain((Id(NodeType.Person, "Budi Hartono"), Id(NodeType.Place, "Kotabaru"))));
    }

    [Test]
    public void ReceivingAPersonIsAMeetingButReceivingAReportIsNot()
    {
        string[] names = ["Budi Hartono:Person", "Andi Wirawan:Person", "Istana Sukamaju:Place"];
        var doc = Build("Presiden Budi Hartono menerima Perdana Menteri Andi Wirawan di Istana Sukamaju pada Senin.", names).WithEvents();
        var met = Edges(new MeetingExtractor(Lexicon), doc, RelationType.MET_AT);
        Assert.That(met, Does.Contain((Id(NodeType.Person, "Budi Hartono"), Id(NodeType.Place, "Istana Sukamaju"))));
        Assert.That(met, Does.Contain((Id(NodeType.Person, "Andi Wirawan"), Id(NodeType.Place, "Istana Sukamaju"))));
        Assert.That(doc.Mentions.Count(m => m.Type == NodeType.Event), Is.EqualTo(1));
        var report = Build("Presiden Budi Hartono menerima laporan dari Andi Wirawan di Istana Sukamaju pada Senin.", names).WithEvents();
        Assert.That(Edges(new MeetingExtractor(Lexicon), report, RelationType.MET_AT), Is.Empty);
        Assert.That(report.Mentions.Where(m => m.Type == NodeType.Event), Is.Empty);
    }

    [Test]
    public void StatesNamedInTalksAreParticipants()
    {
        var doc = Build("Perundingan Thailand-Kamboja di Kuala Lumpur berakhir tanpa hasil.",
            "Thailand:Place", "Kamboja:Place", "Kuala Lumpur:Place").WithEvents();
        var met = Edges(new MeetingExtractor(Lexicon), doc, RelationType.MET_AT);
        Assert.That(met, Does.Contain((Id(NodeType.Place, "Thailand"), Id(NodeType.Place, "Kuala Lumpur"))));
        Assert.That(met, Does.Contain((Id(NodeType.Place, "Kamboja"), Id(NodeType.Place, "Kuala Lumpur"))));
    }

    [Test]
    public void PressConferenceWithoutPlaceIsHeldInTheDatelinePlace()
    {
        var doc = Build("BANGKOK - Perdana Menteri Srettha Thavisin mengatakan hal itu dalam konferensi pers pada hari Senin.",
            "BANGKOK=Bangkok:Place", "Srettha Thavisin:Person").WithEvents();
        var ev = doc.Mentions.Single(m => m.Type == NodeType.Event).EntityId!;
        Assert.That(Edges(new HeldInExtractor(Lexicon), doc, RelationType.HELD_IN),
            Is.EqualTo(new[] { (ev, Id(NodeType.Place, "Bangkok")) }));
        Assert.That(Edges(new MeetingExtractor(Lexicon), doc, RelationType.MET_AT),
            Does.Contain((Id(NodeType.Person, "Srettha Thavisin"), ev)));
    }

    [Test]
    public void A_press_conference_whose_sentence_tells_of_something_elsewhere_is_not_placed_by_the_dateline()
    {
        var doc = Build("KOTABARU - Menanggapi penembakan di Sukamaju, Perdana Menteri Budi Hartono mengadakan konferensi pers dari parlemen pada hari Senin.",
            "KOTABARU=Kotabaru:Place", "Sukamaju:Place", "Budi Hartono:Person").WithEvents();
        Assert.That(Edges(new HeldInExtractor(Lexicon), doc, RelationType.HELD_IN).Select(e => e.Target), Has.None.EqualTo(Id(NodeType.Place, "Kotabaru")));
        // Where the sentence names only the dateline town, the dateline still places it.
        var same = Build("KOTABARU - Menanggapi penembakan di Kotabaru, Perdana Menteri Budi Hartono mengadakan konferensi pers pada hari Senin.",
            "KOTABARU=Kotabaru:Place", "Kotabaru:Place", "Budi Hartono:Person").WithEvents();
        Assert.That(Edges(new HeldInExtractor(Lexicon), same, RelationType.HELD_IN).Select(e => e.Target), Does.Contain(Id(NodeType.Place, "Kotabaru")));
    }

    [Test]
    public void A_building_attacked_named_right_after_the_attack_is_where_it_happened()
    {
        var doc = Build("Polisi menyelidiki pembakaran Mapolsek Lembah. Motif pembakaran Mapolsek Lembah adalah kekecewaan pelaku yang ingin berangkat ke Kotabaru.",
            "Mapolsek Lembah:Place", "Kotabaru:Place").WithEvents();
        Assert.That(Edges(new HeldInExtractor(Lexicon), doc, RelationType.HELD_IN).Select(e => e.Target).Distinct(),
            Is.EqualTo(new[] { Id(NodeType.Place, "Mapolsek Lembah") }));
    }

    [Test]
    public void A_dateline_in_title_case_set_off_by_a_dash_places_a_meeting_too()
    {
        var doc = Build("Kotabaru – Komisi IV DPRD Lembah mengadakan rapat dengar pendapat dengan Dinas Pendidikan Lembah, Senin (22/5/2023).",
            "Kotabaru:Place", "Komisi IV DPRD Lembah:Organization", "Dinas Pendidikan Lembah:Organization").WithEvents();
        var ev = doc.Mentions.Single(m => m.Type == NodeType.Event).EntityId!;
        Assert.That(Edges(new HeldInExtractor(Lexicon), doc, RelationType.HELD_IN), Is.EqualTo(new[] { (ev, Id(NodeType.Place, "Kotabaru")) }));
        // A town in title case opening a sentence without a dash is the sentence's subject, not a dateline.
        var town = Build("Kotabaru menggelar rapat dengar pendapat dengan Dinas Pendidikan Lembah pada Senin.",
            "Kotabaru:Place", "Dinas Pendidikan Lembah:Organization").WithEvents();
        Assert.That(Edges(new MeetingExtractor(Lexicon), town, RelationType.MET_AT).Select(e => e.Source), Does.Contain(Id(NodeType.Place, "Kotabaru")));
    }

    [Test]
    public void MeetingVerbLinksBothPartiesToThePlace()
    {
        var doc = Build("Joko Widodo bertemu dengan Anthony Albanese di Canberra.",
            "Joko Widodo:Person", "Anthony Albanese:Person", "Canberra:Place");
        var met = Edges(new MeetingExtractor(Lexicon), doc, RelationType.MET_AT);
        Assert.That(met, Is.EquivalentTo(new[]
        {
            (Id(NodeType.Person, "Joko Widodo"), Id(NodeType.Place, "Canberra")),
            (Id(NodeType.Person, "Anthony Albanese"), Id(NodeType.Place, "Canberra")),
        }));
    }

    [Test]
    public void A_courtesy_meeting_is_a_meeting_whether_told_by_noun_or_verb()
    {
        var byVerb = Build("Budi Hartono bersilaturahmi dengan Andi Wirawan di Kotabaru, Kamis.",
            "Budi Hartono:Person", "Andi Wirawan:Person", "Kotabaru:Place").WithEvents();
        var byNoun = Build("Budi Hartono menggelar silaturahmi dengan Andi Wirawan di Kotabaru, Kamis.",
            "Budi Hartono:Person", "Andi Wirawan:Person", "Kotabaru:Place").WithEvents();
        foreach (var doc in new[] { byVerb, byNoun })
        {
            var met = Edges(new MeetingExtractor(Lexicon), doc, RelationType.MET_AT);
            Assert.That(met, Does.Contain((Id(NodeType.Person, "Budi Hartono"), Id(NodeType.Place, "Kotabaru"))));
            Assert.That(met, Does.Contain((Id(NodeType.Person, "Andi Wirawan"), Id(NodeType.Place, "Kotabaru"))));
        }
    }

    [Test]
    public void AJointStatementIsGivenWithThePeopleOfTheMeetingToldBeforeIt()
    {
        var doc = Build("Presiden Budi Hartono menerima kunjungan Perdana Menteri Syldavia Andi Wirawan di Istana Lembah, Kotabaru, Rabu. "
                        + "Keduanya membahas perdagangan. “Hubungan kita sudah lama,” kata Budi Hartono dalam keterangan pers bersama.",
            "Budi Hartono:Person", "Syldavia:Place", "Andi Wirawan:Person", "Istana Lembah:Place", "Kotabaru:Place").WithEvents();
        var press = doc.Mentions.Last(m => m.Type == NodeType.Event && m.Surface.StartsWith("keterangan", StringComparison.Ordinal)).EntityId!;
        var met = Edges(new MeetingExtractor(Lexicon), doc, RelationType.MET_AT);
        foreach (var who in new[] { "Budi Hartono", "Andi Wirawan" })
            Assert.That(met, Does.Contain((Id(NodeType.Person, who), press)), who);
        // A press conference of one's own is given alone.
        var own = Build("Presiden Budi Hartono menerima kunjungan Perdana Menteri Syldavia Andi Wirawan di Istana Lembah, Kotabaru, Rabu. "
                        + "Keduanya membahas perdagangan. “Hubungan kita sudah lama,” kata Budi Hartono dalam konferensi pers.",
            "Budi Hartono:Person", "Syldavia:Place", "Andi Wirawan:Person", "Istana Lembah:Place", "Kotabaru:Place").WithEvents();
        var alone = own.Mentions.Last(m => m.Type == NodeType.Event && m.Surface.StartsWith("konferensi", StringComparison.Ordinal)).EntityId!;
        Assert.That(Edges(new MeetingExtractor(Lexicon), own, RelationType.MET_AT), Does.Not.Contain((Id(NodeType.Person, "Andi Wirawan"), alone)));
    }

    [Test]
    public void WhoReceivesAVisitAndTheVisitorTookPartInItWhereTheClausePlacesIt()
    {
        var doc = Build("Gubernur Sukamaju, Budi Hartono, menerima kunjungan kehormatan Duta Besar Borduria untuk Indonesia, Andi Wirawan, di Kantor Gubernur Sukamaju, Kotabaru, Rabu.",
            "Sukamaju:Place", "Budi Hartono:Person", "Borduria:Place", "Indonesia:Place", "Andi Wirawan:Person", "Kantor Gubernur Sukamaju:Place", "Kotabaru:Place").WithEvents();
        var ev = doc.Mentions.First(m => m.Type == NodeType.Event).EntityId!;
        var met = Edges(new MeetingExtractor(Lexicon), doc, RelationType.MET_AT);
        foreach (var who in new[] { "Budi Hartono", "Andi Wirawan" })
        {
            Assert.That(met, Does.Contain((Id(NodeType.Person, who), ev)), who);
            Assert.That(met, Does.Contain((Id(NodeType.Person, who), Id(NodeType.Place, "Kotabaru"))), who);
        }
        // The visit's own phrase may name the visitor, behind a title, and the place.
        var named = Build("Ketua MPR Budi Hartono menerima kunjungan kehormatan Perdana Menteri Singapura Andi Wirawan di Gedung Nusantara, Jakarta, Senin.",
            "MPR:Organization", "Budi Hartono:Person", "Singapura:Place", "Andi Wirawan:Person", "Gedung Nusantara:Place", "Jakarta:Place").WithEvents();
        var visit = named.Mentions.First(m => m.Type == NodeType.Event).EntityId!;
        var hosted = Edges(new MeetingExtractor(Lexicon), named, RelationType.MET_AT);
        foreach (var who in new[] { "Budi Hartono", "Andi Wirawan" })
            Assert.That(hosted, Does.Contain((Id(NodeType.Person, who), visit)), who);
        // A visitor set off by commas after a title with a country: the country is the title's, no party.
        var apposed = Build("Menteri Pertahanan Budi Hartono menerima kunjungan kehormatan dari Menteri Pertahanan Australia, Andi Wirawan, di Kotabaru.",
            "Budi Hartono:Person", "Australia:Place", "Andi Wirawan:Person", "Kotabaru:Place").WithEvents();
        var apposedVisit = apposed.Mentions.First(m => m.Type == NodeType.Event).EntityId!;
        var apposedMet = Edges(new MeetingExtractor(Lexicon), apposed, RelationType.MET_AT);
        foreach (var who in new[] { "Budi Hartono", "Andi Wirawan" })
            Assert.That(apposedMet, Does.Contain((Id(NodeType.Person, who), apposedVisit)), who);
        Assert.That(apposedMet.Select(e => e.Item1), Has.None.EqualTo(Id(NodeType.Place, "Australia")));
        // Receiving a report is no visit.
        var report = Build("Gubernur Budi Hartono menerima laporan dari Andi Wirawan di Kotabaru.", "Budi Hartono:Person", "Andi Wirawan:Person", "Kotabaru:Place").WithEvents();
        Assert.That(Edges(new MeetingExtractor(Lexicon), report, RelationType.MET_AT), Is.Empty);
    }

    [Test]
    public void AWordForBothIsTheTwoPeopleNamedLast()
    {
        var doc = Build("Gubernur Budi Hartono menyambut Menteri Andi Wirawan di bandara. Bahkan keduanya berpelukan. Setelah itu keduanya berkunjung ke Kotabaru.",
            "Budi Hartono:Person", "Andi Wirawan:Person", "Kotabaru:Place");
        var met = Edges(new MeetingExtractor(Lexicon), doc, RelationType.MET_AT);
        Assert.That(met, Does.Contain((Id(NodeType.Person, "Budi Hartono"), Id(NodeType.Place, "Kotabaru"))));
        Assert.That(met, Does.Contain((Id(NodeType.Person, "Andi Wirawan"), Id(NodeType.Place, "Kotabaru"))));
        // With one person named before it, the word stands for no one the text names.
        var one = Build("Menteri Andi Wirawan tiba kemarin. Keduanya berkunjung ke Kotabaru.", "Andi Wirawan:Person", "Kotabaru:Place");
        Assert.That(Edges(new MeetingExtractor(Lexicon), one, RelationType.MET_AT), Is.Empty);
    }

    [Test]
    public void MeetingVerbWithPlaceIsAnEventHeldThere()
    {
        var doc = Build("Anwar Ibrahim akan bertemu dengan Prabowo Subianto di Istana Merdeka, Jakarta pada Senin.",
            "Anwar Ibrahim:Person", "Prabowo Subianto:Person", "Istana Merdeka:Place", "Jakarta:Place").WithEvents();
        var ev = doc.Mentions.Single(m => m.Type == NodeType.Event);
        Assert.That(ev.Surface, Is.EqualTo("Anwar Ibrahim akan bertemu dengan Prabowo Subianto di Istana Merdeka"));
        var met = Edges(new MeetingExtractor(Lexicon), doc, RelationType.MET_AT);
        Assert.That(met, Does.Contain((Id(NodeType.Person, "Prabowo Subianto"), ev.EntityId!)));
        Assert.That(met, Does.Contain((Id(NodeType.Person, "Anwar Ibrahim"), Id(NodeType.Place, "Jakarta"))));
        Assert.That(Edges(new HeldInExtractor(Lexicon), doc, RelationType.HELD_IN),
            Does.Contain((ev.EntityId!, Id(NodeType.Place, "Istana Merdeka"))));
    }

    [Test]
    public void MeetingPlacedInALaterSentenceGivesItsParticipantsThatPlace()
    {
        var doc = Build("Anwar Ibrahim bertemu dengan Prabowo Subianto di Jakarta. Pertemuan itu digelar di Istana Merdeka.",
            "Anwar Ibrahim:Person", "Prabowo Subianto:Person", "Jakarta:Place", "Istana Merdeka:Place").WithEvents();
        var events = doc.Mentions.Where(m => m.Type == NodeType.Event).ToList();
        Assert.That(events, Has.Count.EqualTo(2));
        Assert.That(events.Select(e => e.EntityId).Distinct().Count(), Is.EqualTo(1));
        var met = Edges(new MeetingExtractor(Lexicon), doc, RelationType.MET_AT);
        Assert.That(met, Does.Contain((Id(NodeType.Person, "Prabowo Subianto"), Id(NodeType.Place, "Istana Merdeka"))));
    }

    [Test]
    public void ThoseWhoAttendAPlacedMeetingMeetThere()
    {
        var doc = Build("Rapat pleno itu dilakukan di Gedung Nusantara. Rapat pleno itu dihadiri oleh Puan Maharani, Dasco, dan MPR.",
            "Gedung Nusantara:Place", "Puan Maharani:Person", "Dasco:Person", "MPR:Organization").WithEvents();
        var ev = doc.Mentions.Where(m => m.Type == NodeType.Event).Select(m => m.EntityId).Distinct().Single()!;
        var met = Edges(new MeetingExtractor(Lexicon), doc, RelationType.MET_AT);
        foreach (var who in new[] { Id(NodeType.Person, "Puan Maharani"), Id(NodeType.Person, "Dasco"), Id(NodeType.Organization, "MPR") })
        {
            Assert.That(met, Does.Contain((who, ev)));
            Assert.That(met, Does.Contain((who, Id(NodeType.Place, "Gedung Nusantara"))));
        }
    }

    [Test]
    public void DemonstrativeWithNothingToldBeforeIsNoEvent()
    {
        var doc = Build("Rapat itu dihadiri oleh Puan Maharani.", "Puan Maharani:Person").WithEvents();
        Assert.That(doc.Mentions.Where(m => m.Type == NodeType.Event), Is.Empty);
    }

    [Test]
    public void MeetingVerbWithoutPlaceLinksBothPartiesToItsEvent()
    {
        var doc = Build("Retno Marsudi bertemu Wang Yi pada Selasa.", "Retno Marsudi:Person", "Wang Yi:Person").WithEvents();
        var ev = doc.Mentions.Single(m => m.Type == NodeType.Event).EntityId!;
        Assert.That(Edges(new MeetingExtractor(Lexicon), doc, RelationType.MET_AT), Is.EquivalentTo(new[]
        {
            (Id(NodeType.Person, "Retno Marsudi"), ev),
            (Id(NodeType.Person, "Wang Yi"), ev),
        }));
    }

    [Test]
    public void A_meeting_told_in_many_sentences_gives_each_participant_each_place_once()
    {
        // Each sentence places the meeting again; every participant met at every sentence's place,
        // with that sentence's evidence, and once: repeats made the work grow with the square of the sentences.
        var text = string.Concat(Enumerable.Repeat("Retno Marsudi menghadiri pertemuan ASEAN di Vientiane. ", 6));
        var doc = Build(text, "Retno Marsudi:Person", "ASEAN:Organization", "Vientiane:Place").WithEvents();
        var toPlace = new MeetingExtractor(Lexicon).Extract(doc)
            .Where(c => c.Type == RelationType.MET_AT && c.TargetId == Id(NodeType.Place, "Vientiane"))
            .Select(c => (c.SourceId, c.Evidence.Start)).ToList();
        Assert.That(toPlace, Is.Unique);
        Assert.That(toPlace.Select(c => c.Start).Distinct().Count(), Is.EqualTo(6), "one evidence per sentence that places it");
    }

    [Test]
    public void A_participant_gets_a_bounded_number_of_the_sentences_that_place_a_long_told_meeting()
    {
        // Forty sentences place the meeting; the participant, named only in the first, met there
        // with the first of them as evidence, not all forty.
        var text = "Wang Yi menghadiri pertemuan ASEAN. " + string.Concat(Enumerable.Repeat("Pertemuan itu digelar di Vientiane. ", 40));
        var doc = Build(text, "Wang Yi:Person", "ASEAN:Organization", "Vientiane:Place").WithEvents();
        var starts = new MeetingExtractor(Lexicon).Extract(doc)
            .Where(c => c.Type == RelationType.MET_AT && c.SourceId == Id(NodeType.Person, "Wang Yi") && c.TargetId == Id(NodeType.Place, "Vientiane"))
            .Select(c => c.Evidence.Start).ToList();
        Assert.That(starts, Is.Unique);
        Assert.That(starts, Has.Count.EqualTo(MeetingExtractor.MaxSentencesPerPlace));
        var sentenceStarts = doc.Sentences.Select(s => s.Start).ToList();
        Assert.That(starts.Select(s => sentenceStarts.IndexOf(s)), Is.EquivalentTo(Enumerable.Range(1, MeetingExtractor.MaxSentencesPerPlace)));
    }

    [Test]
    public void TheHostsOfAMeetingTakePartInIt()
    {
        var doc = Build("Mardika dan Lembaria menghadiri konferensi di Kotabaru, yang diselenggarakan oleh Sentosa dan Tirtania dengan tujuan membahas masalah kawasan.",
            "Mardika:Place", "Lembaria:Place", "Kotabaru:Place", "Sentosa:Place", "Tirtania:Place").WithEvents();
        var met = Edges(new MeetingExtractor(Lexicon), doc, RelationType.MET_AT);
        Assert.That(met, Does.Contain((Id(NodeType.Place, "Sentosa"), Id(NodeType.Place, "Kotabaru"))));
        Assert.That(met, Does.Contain((Id(NodeType.Place, "Tirtania"), Id(NodeType.Place, "Kotabaru"))));
        Assert.That(met, Does.Contain((Id(NodeType.Place, "Mardika"), Id(NodeType.Place, "Kotabaru"))));
    }

    [Test]
    public void AHoldingVerbThatOnlyPlacesTheMeetingNamesNoHost()
    {
        var doc = Build("Mardika menghadiri konferensi yang diselenggarakan di Kotabaru, dekat perbatasan Sentosa.",
            "Mardika:Place", "Kotabaru:Place", "Sentosa:Place").WithEvents();
        var met = Edges(new MeetingExtractor(Lexicon), doc, RelationType.MET_AT);
        Assert.That(met.Select(e => e.Source), Has.None.EqualTo(Id(NodeType.Place, "Sentosa")));
    }

    [Test]
    public void TheStateWhoseCapitalHostsAMeetingIsNotWhereItMet()
    {
        var doc = Build("Hadi Prasetyo menghadiri KTT darurat di ibu kota Mardika, Kotabaru, pada Minggu.",
            "Hadi Prasetyo:Person", "Mardika:Place", "Kotabaru:Place").WithEvents();
        var met = Edges(new MeetingExtractor(Lexicon), doc, RelationType.MET_AT);
        Assert.That(met, Does.Contain((Id(NodeType.Person, "Hadi Prasetyo"), Id(NodeType.Place, "Kotabaru"))));
        Assert.That(met, Does.Not.Contain((Id(NodeType.Person, "Hadi Prasetyo"), Id(NodeType.Place, "Mardika"))));
    }

    [Test]
    public void AMeetingInACapitalIsHeldInTheCapitalAndItsState()
    {
        var doc = Build("Rina Kartika menghadiri pertemuan tingkat menteri di ibu kota Lembaria, Sentosa, pada Selasa.",
            "Rina Kartika:Person", "Lembaria:Place", "Sentosa:Place").WithEvents();
        var ev = doc.Mentions.Single(m => m.Type == NodeType.Event).EntityId!;
        Assert.That(Edges(new HeldInExtractor(Lexicon), doc, RelationType.HELD_IN), Is.EquivalentTo(new[]
        {
            (ev, Id(NodeType.Place, "Sentosa")),
            (ev, Id(NodeType.Place, "Lembaria")),
        }));
    }

    [Test]
    public void ParticipantsOfAMeetingInACapitalMetOnlyInTheCapital()
    {
        var doc = Build("Rina Kartika menghadiri pertemuan tingkat menteri di ibu kota Lembaria, Sentosa, pada Selasa.",
            "Rina Kartika:Person", "Lembaria:Place", "Sentosa:Place").WithEvents();
        var met = MetAtWithMeetingPlaces(doc);
        Assert.That(met, Does.Contain((Id(NodeType.Person, "Rina Kartika"), Id(NodeType.Place, "Sentosa"))));
        Assert.That(met, Does.Not.Contain((Id(NodeType.Person, "Rina Kartika"), Id(NodeType.Place, "Lembaria"))));
    }

    [Test]
    public void AMeetingAPlacingVerbSetsInACapitalIsHeldInBothButMetInTheCapital()
    {
        var doc = Build("Rina Kartika dan Tomas Verhaal menghadiri pertemuan yang digelar di ibu kota Lembaria, Sentosa, pada Selasa.",
            "Rina Kartika:Person", "Tomas Verhaal:Person", "Lembaria:Place", "Sentosa:Place").WithEvents();
        var ev = doc.Mentions.Single(m => m.Type == NodeType.Event).EntityId!;
        var held = Edges(new HeldInExtractor(Lexicon), doc, RelationType.HELD_IN);
        Assert.That(held, Does.Contain((ev, Id(NodeType.Place, "Sentosa"))));
        Assert.That(held, Does.Contain((ev, Id(NodeType.Place, "Lembaria"))));
        var met = MetAtWithMeetingPlaces(doc);
        Assert.That(met, Does.Contain((Id(NodeType.Person, "Tomas Verhaal"), Id(NodeType.Place, "Sentosa"))));
        Assert.That(met.Select(e => e.Target), Has.None.EqualTo(Id(NodeType.Place, "Lembaria")));
    }

    [Test]
    public void AStateTheTextAlsoSetsTheMeetingInStaysAMeetingPlace()
    {
        var doc = Build("Rina Kartika menghadiri pertemuan tingkat menteri di ibu kota Lembaria, Sentosa, pada Selasa. Pertemuan itu digelar di Lembaria atas undangan pemerintah.",
            "Rina Kartika:Person", "Lembaria:Place", "Sentosa:Place").WithEvents();
        var met = MetAtWithMeetingPlaces(doc);
        Assert.That(met, Does.Contain((Id(NodeType.Person, "Rina Kartika"), Id(NodeType.Place, "Sentosa"))));
        Assert.That(met, Does.Contain((Id(NodeType.Person, "Rina Kartika"), Id(NodeType.Place, "Lembaria"))));
    }

    [Test]
    public void PartiesWhoMeetInACapitalMeetOnlyInTheCapital()
    {
        var doc = Build("Rina Kartika bertemu dengan Tomas Verhaal di ibu kota Lembaria, Sentosa, pada Selasa.",
            "Rina Kartika:Person", "Tomas Verhaal:Person", "Lembaria:Place", "Sentosa:Place").WithEvents();
        var met = MetAtWithMeetingPlaces(doc);
        Assert.That(met, Does.Contain((Id(NodeType.Person, "Rina Kartika"), Id(NodeType.Place, "Sentosa"))));
        Assert.That(met, Does.Contain((Id(NodeType.Person, "Tomas Verhaal"), Id(NodeType.Place, "Sentosa"))));
        Assert.That(met.Select(e => e.Target), Has.None.EqualTo(Id(NodeType.Place, "Lembaria")));
    }

    [Test]
    public void WhatAMeetingDiscussesStandsBetweenItAndItsPlace()
    {
        var doc = Build("Partai Fajar dan Partai Bulan melakukan pertemuan untuk membahas koalisi Pemilu 2029 di Hotel Kencana, Kotabaru, Rabu malam.",
            "Partai Fajar:Organization", "Partai Bulan:Organization", "Hotel Kencana:Place", "Kotabaru:Place").WithEvents();
        var ev = doc.Mentions.Single(m => m.Type == NodeType.Event);
        Assert.That(ev.Canonical, Is.EqualTo("pertemuan Partai Fajar dan Partai Bulan di Hotel Kencana"), "the agenda is no part of the name; the parties holding it are");
        var met = Edges(new MeetingExtractor(Lexicon), doc, RelationType.MET_AT);
        foreach (var party in new[] { "Partai Fajar", "Partai Bulan" })
        {
            Assert.That(met, Does.Contain((Id(NodeType.Organization, party), ev.EntityId!)));
            Assert.That(met, Does.Contain((Id(NodeType.Organization, party), Id(NodeType.Place, "Hotel Kencana"))));
        }
        // Without a place after it, an agenda gives no meeting phrase of its own.
        var unplaced = Build("Partai Fajar dan Partai Bulan melakukan pertemuan membahas koalisi, kata Hadi Prasetyo.",
            "Partai Fajar:Organization", "Partai Bulan:Organization", "Hadi Prasetyo:Person").WithEvents();
        Assert.That(unplaced.Mentions.Where(m => m.Type == NodeType.Event).Select(m => m.Canonical), Has.None.Contains("koalisi"));
    }

    private static readonly string[] HomeNames = ["Partai Fajar:Organization", "Partai Bulan:Organization", "Hadi Prasetyo:Person", "Jalan Melati:Place", "Melati:Place", "Kotabaru:Place"];

    // The home named by its owner, or by the owner's title and name set off by commas.
    [TestCase("di kediaman Hadi Prasetyo, Jalan Melati, Kotabaru, Rabu malam.", "Jalan Melati")]
    [TestCase("di kediaman Ketua Umum Partai Fajar, Hadi Prasetyo, di kawasan Melati, Kotabaru, Rabu malam.", "Melati")]
    public void AMeetingAtSomeonesHomeIsWhereTheHomeIs(string home, string street)
    {
        var doc = Build("Partai Fajar dan Partai Bulan menggelar pertemuan " + home, HomeNames).WithEvents();
        var met = Edges(new MeetingExtractor(Lexicon), doc, RelationType.MET_AT);
        foreach (var place in new[] { street, "Kotabaru" })
            Assert.That(met, Does.Contain((Id(NodeType.Organization, "Partai Bulan"), Id(NodeType.Place, place))), place);
    }

    // The owner of the home is no place, a home with nothing chained to it places nothing, and a place said
    // of the owner is not the home's address.
    [TestCase("di kediaman Hadi Prasetyo pada Rabu malam.")]
    [TestCase("di kediaman Ketua Umum Partai Fajar, Hadi Prasetyo, yang lahir di Kotabaru.")]
    public void AHomeWithNoAddressChainedToItPlacesNothing(string home)
    {
        var doc = Build("Partai Fajar dan Partai Bulan menggelar pertemuan " + home, HomeNames).WithEvents();
        Assert.That(Edges(new MeetingExtractor(Lexicon), doc, RelationType.MET_AT).Select(e => e.Target),
            Has.None.StartsWith(NodeId.Prefix(NodeType.Place)));
    }

    [Test]
    public void LunchOrDinnerTogetherIsAMeetingOfBoth()
    {
        var doc = Build("Hadi Prasetyo makan malam bersama Sari Dewi di Istana Kencana, Kotabaru.",
            "Hadi Prasetyo:Person", "Sari Dewi:Person", "Istana Kencana:Place", "Kotabaru:Place").WithEvents();
        var ev = doc.Mentions.Single(m => m.Type == NodeType.Event);
        Assert.That(ev.Canonical, Does.StartWith("makan malam Hadi Prasetyo dan Sari Dewi"));
        var met = Edges(new MeetingExtractor(Lexicon), doc, RelationType.MET_AT);
        foreach (var person in new[] { "Hadi Prasetyo", "Sari Dewi" })
        {
            Assert.That(met, Does.Contain((Id(NodeType.Person, person), ev.EntityId!)));
            Assert.That(met, Does.Contain((Id(NodeType.Person, person), Id(NodeType.Place, "Istana Kencana"))));
        }
    }

    // MET_AT as the pipeline gives it: the meeting and held-in edges, then the places the meeting was held in.
    // The one event of the document whose id starts so.
    private static string EventId(Document doc, string prefix) =>
        doc.Mentions.Where(m => m.Type == NodeType.Event).Select(m => m.EntityId!).Distinct().Single(e => e.StartsWith(prefix, StringComparison.Ordinal));

    private static List<(string Source, string Target)> MetAtWithMeetingPlaces(Document doc)
    {
        foreach (var extractor in new IRelationExtractor[] { new MeetingExtractor(Lexicon), new HeldInExtractor(Lexicon) })
            doc.Relations.AddRange(extractor.Extract(doc));
        doc.Relations.AddRange(new MeetingPlaces(Lexicon).Extract(doc).ToList());
        return doc.Relations.Where(r => r.Type == RelationType.MET_AT).Select(r => (r.SourceId, r.TargetId)).ToList();
    }

    [Test]
    public void ACityChainedToItsCountryKeepsBoth()
    {
        var doc = Build("Hadi Prasetyo menghadiri KTT darurat di kota Kotabaru, Mardika, pada Minggu.",
            "Hadi Prasetyo:Person", "Mardika:Place", "Kotabaru:Place").WithEvents();
        var met = Edges(new MeetingExtractor(Lexicon), doc, RelationType.MET_AT);
        Assert.That(met, Does.Contain((Id(NodeType.Person, "Hadi Prasetyo"), Id(NodeType.Place, "Kotabaru"))));
        Assert.That(met, Does.Contain((Id(NodeType.Person, "Hadi Prasetyo"), Id(NodeType.Place, "Mardika"))));
    }

    [Test]
    public void APlaceInTheNameOfAnotherEventIsNotWhereTheMeetingWasHeld()
    {
        var doc = Build("Hadi Prasetyo mengadakan pertemuan dengan Tomas Verhaal. Pertemuan itu berlangsung di sela-sela Konferensi Kotabaru di Mardika.",
            "Hadi Prasetyo:Person", "Tomas Verhaal:Person", "Mardika:Place", "Konferensi Kotabaru:Event").WithEvents();
        // The conference's name holds a place, as a recognizer finds both.
        var name = doc.Mentions.Single(m => m.Surface == "Konferensi Kotabaru");
        doc.Mentions.Add(new Mention(name.Start + 11, name.End, "Kotabaru", NodeType.Place, name.SentenceIndex, "test", "Kotabaru", Id(NodeType.Place, "Kotabaru")));
        var met = Edges(new MeetingExtractor(Lexicon), doc, RelationType.MET_AT);
        Assert.That(met, Does.Contain((Id(NodeType.Person, "Hadi Prasetyo"), Id(NodeType.Place, "Mardika"))));
        Assert.That(met, Does.Not.Contain((Id(NodeType.Person, "Hadi Prasetyo"), Id(NodeType.Place, "Kotabaru"))));
    }

    [Test]
    public void WhoOpensASummitTakesPartInIt()
    {
        var doc = Build("Presiden Hadi Prasetyo membuka KTT ASEAN di Kotabaru, Mardika, pada Rabu pagi.",
            "Hadi Prasetyo:Person", "ASEAN:Organization", "Kotabaru:Place", "Mardika:Place").WithEvents();
        var ev = doc.Mentions.Single(m => m.Type == NodeType.Event).EntityId!;
        var met = Edges(new MeetingExtractor(Lexicon), doc, RelationType.MET_AT);
        Assert.That(met, Does.Contain((Id(NodeType.Person, "Hadi Prasetyo"), ev)));
        Assert.That(met, Does.Contain((Id(NodeType.Person, "Hadi Prasetyo"), Id(NodeType.Place, "Kotabaru"))));
    }

    [Test]
    public void OpeningTalkAboutASummitIsNoPartInIt()
    {
        var doc = Build("Hadi Prasetyo berbicara tentang KTT ASEAN di Kotabaru.",
            "Hadi Prasetyo:Person", "ASEAN:Organization", "Kotabaru:Place").WithEvents();
        var met = Edges(new MeetingExtractor(Lexicon), doc, RelationType.MET_AT);
        Assert.That(met.Select(e => e.Source), Has.None.EqualTo(Id(NodeType.Person, "Hadi Prasetyo")));
    }

    [Test]
    public void A_meeting_placed_only_in_a_building_was_held_in_the_dateline_town_too()
    {
        var doc = Build("KOTABARU - Presiden Budi Hartono menerima kunjungan Perdana Menteri Syldavia Andi Wirawan di Istana Lembah, Rabu (8/9/2023).",
            "KOTABARU=Kotabaru:Place", "Budi Hartono:Person", "Syldavia:Place", "Andi Wirawan:Person", "Istana Lembah:Place").WithEvents();
        var met = Edges(new MeetingExtractor(Lexicon), doc, RelationType.MET_AT);
        foreach (var who in new[] { "Budi Hartono", "Andi Wirawan" })
        {
            Assert.That(met, Does.Contain((Id(NodeType.Person, who), Id(NodeType.Place, "Istana Lembah"))), who);
            Assert.That(met, Does.Contain((Id(NodeType.Person, who), Id(NodeType.Place, "Kotabaru"))), who);
        }
        var ev = doc.Mentions.First(m => m.Type == NodeType.Event).EntityId!;
        Assert.That(Edges(new HeldInExtractor(Lexicon), doc, RelationType.HELD_IN), Does.Contain((ev, Id(NodeType.Place, "Kotabaru"))));
    }

    [Test]
    public void The_dateline_town_does_not_place_a_meeting_in_a_building_elsewhere_or_in_a_town_the_text_names()
    {
        // A building known to stand in another town.
        var doc = Build("KOTABARU - Presiden Budi Hartono menerima Perdana Menteri Syldavia Andi Wirawan di Gedung Putih, Rabu (8/9/2023).",
            "KOTABARU=Kotabaru:Place", "Budi Hartono:Person", "Syldavia:Place", "Andi Wirawan:Person", "Gedung Putih:Place").WithEvents();
        var met = Edges(new MeetingExtractor(Lexicon), doc, RelationType.MET_AT);
        Assert.That(met, Does.Contain((Id(NodeType.Person, "Budi Hartono"), Id(NodeType.Place, "Gedung Putih"))));
        Assert.That(met.Select(e => e.Target), Does.Not.Contain(Id(NodeType.Place, "Kotabaru")));
        // A town named with the building is where it stands.
        doc = Build("KOTABARU - Presiden Budi Hartono menerima kunjungan Perdana Menteri Syldavia Andi Wirawan di Istana Lembah, Sukamaju, Rabu (8/9/2023).",
            "KOTABARU=Kotabaru:Place", "Budi Hartono:Person", "Syldavia:Place", "Andi Wirawan:Person", "Istana Lembah:Place", "Sukamaju:Place").WithEvents();
        met = Edges(new MeetingExtractor(Lexicon), doc, RelationType.MET_AT);
        Assert.That(met, Does.Contain((Id(NodeType.Person, "Budi Hartono"), Id(NodeType.Place, "Sukamaju"))));
        Assert.That(met.Select(e => e.Target), Does.Not.Contain(Id(NodeType.Place, "Kotabaru")));
    }

    [Test]
    public void Who_carries_out_or_organises_a_meeting_takes_part_in_it()
    {
        foreach (var verb in new[] { "melaksanakan", "menyelenggarakan" })
        {
            var doc = Build($"Menteri Pertahanan Budi Hartono {verb} pertemuan dengan Menteri Pertahanan Syldavia Andi Wirawan di Kotabaru, Kamis.",
                "Budi Hartono:Person", "Syldavia:Place", "Andi Wirawan:Person", "Kotabaru:Place").WithEvents();
            var ev = doc.Mentions.First(m => m.Type == NodeType.Event).EntityId!;
            var met = Edges(new MeetingExtractor(Lexicon), doc, RelationType.MET_AT);
            Assert.That(met, Does.Contain((Id(NodeType.Person, "Budi Hartono"), ev)), verb);
            Assert.That(met, Does.Contain((Id(NodeType.Person, "Budi Hartono"), Id(NodeType.Place, "Kotabaru"))), verb);
        }
    }

    [Test]
    public void A_meeting_told_in_a_clause_of_time_without_a_subject_is_the_sentence_subjects()
    {
        var doc = Build("Presiden Syldavia Budi Hartono dan Presiden Borduria Andi Wirawan sepakat pada Rabu untuk meningkatkan hubungan setelah bertemu di Kotabaru.",
            "Syldavia:Place", "Budi Hartono:Person", "Borduria:Place", "Andi Wirawan:Person", "Kotabaru:Place").WithEvents();
        var met = Edges(new MeetingExtractor(Lexicon), doc, RelationType.MET_AT);
        foreach (var who in new[] { "Budi Hartono", "Andi Wirawan" })
            Assert.That(met, Does.Contain((Id(NodeType.Person, who), Id(NodeType.Place, "Kotabaru"))), who);
        // A place visited on the way is no meeting.
        doc = Build("Budi Hartono ditikam pada Selasa setelah mengunjungi bandara baru Pulau Lembah di Kotabaru.",
            "Budi Hartono:Person", "Pulau Lembah:Place", "Kotabaru:Place").WithEvents();
        Assert.That(Edges(new MeetingExtractor(Lexicon), doc, RelationType.MET_AT), Is.Empty);
    }

    [Test]
    public void States_a_sentence_opens_with_take_part_in_the_talks_it_tells_them_agreeing_in()
    {
        var doc = Build("KOTABARU (AB) – Syldavia dan Borduria telah sepakat untuk melakukan gencatan senjata dalam perundingan yang dimediasi oleh Lembah di Kotabaru, Minggu (19/10).",
            "KOTABARU=Kotabaru:Place", "Syldavia:Place", "Borduria:Place", "Lembah:Place").WithEvents();
        var ev = doc.Mentions.First(m => m.Type == NodeType.Event).EntityId!;
        var met = Edges(new MeetingExtractor(Lexicon), doc, RelationType.MET_AT);
        foreach (var who in new[] { "Syldavia", "Borduria", "Lembah" })
            Assert.That(met, Does.Contain((Id(NodeType.Place, who), ev)), who);
        // The dateline takes part in nothing.
        Assert.That(met.Select(e => e.Source), Does.Not.Contain(Id(NodeType.Place, "Kotabaru")));
    }

    [Test]
    public void A_place_after_circumstances_the_meeting_happened_amid_is_not_where_it_was_held()
    {
        var doc = Build("Presiden Budi Hartono berkunjung ke Kotabaru pada Rabu. Kunjungan itu terjadi di tengah ketegangan baru atas sengketa wilayah di Laut Lembah.",
            "Budi Hartono:Person", "Kotabaru:Place", "Laut Lembah:Place").WithEvents();
        var held = Edges(new HeldInExtractor(Lexicon), doc, RelationType.HELD_IN);
        Assert.That(held.Select(e => e.Target), Does.Contain(Id(NodeType.Place, "Kotabaru")));
        Assert.That(held.Select(e => e.Target), Does.Not.Contain(Id(NodeType.Place, "Laut Lembah")));
        // "di tengah" before a place's name is that place.
        doc = Build("Presiden Budi Hartono berkunjung ke Kotabaru pada Rabu. Kunjungan itu berlangsung di tengah Laut Lembah.",
            "Budi Hartono:Person", "Kotabaru:Place", "Laut Lembah:Place").WithEvents();
        Assert.That(Edges(new HeldInExtractor(Lexicon), doc, RelationType.HELD_IN).Select(e => e.Target), Does.Contain(Id(NodeType.Place, "Laut Lembah")));
    }

    [Test]
    public void A_meeting_told_after_the_margins_of_a_summit_sat_where_the_summit_did()
    {
        var doc = Build("KOTABARU - Perdana Menteri Syldavia Budi Hartono menghadiri Konferensi Tingkat Tinggi (KTT) Pakta Lembah di Sukamaju, Borduria. "
            + "Di sela KTT, Presiden Borduria Andi Wirawan juga melakukan pertemuan dengan Presiden Lembah Sari Dewi.",
            "KOTABARU=Kotabaru:Place", "Syldavia:Place", "Budi Hartono:Person", "Pakta Lembah:Organization", "Sukamaju:Place", "Borduria:Place",
            "Andi Wirawan:Person", "Lembah:Place", "Sari Dewi:Person").WithEvents();
        var summit = EventId(doc, "event:konferensi");
        var talks = EventId(doc, "event:pertemuan");
        var met = Edges(new MeetingExtractor(Lexicon), doc, RelationType.MET_AT);
        foreach (var who in new[] { "Andi Wirawan", "Sari Dewi" })
        {
            Assert.That(met, Does.Contain((Id(NodeType.Person, who), summit)), who);
            Assert.That(met, Does.Contain((Id(NodeType.Person, who), Id(NodeType.Place, "Sukamaju"))), who);
        }
        var held = Edges(new HeldInExtractor(Lexicon), doc, RelationType.HELD_IN);
        Assert.That(held, Does.Contain((talks, Id(NodeType.Place, "Sukamaju"))));
        // The dateline is where the story was filed, not where the talks on the margins sat.
        Assert.That(held, Does.Not.Contain((talks, Id(NodeType.Place, "Kotabaru"))));
    }

    [Test]
    public void A_meeting_opening_a_sentence_during_a_summit_sat_where_the_summit_did()
    {
        var doc = Build("Kotabaru - Pertemuan antara Presiden Syldavia Budi Hartono dan Presiden Lembah Sari Dewi menjadi perhatian pada hari pertama KTT Pakta Lembah di Sukamaju, Borduria.",
            "Kotabaru:Place", "Syldavia:Place", "Budi Hartono:Person", "Lembah:Place", "Sari Dewi:Person", "Pakta Lembah:Organization",
            "Sukamaju:Place", "Borduria:Place").WithEvents();
        var summit = EventId(doc, "event:ktt");
        var talks = EventId(doc, "event:pertemuan");
        var held = Edges(new HeldInExtractor(Lexicon), doc, RelationType.HELD_IN);
        Assert.That(held, Does.Contain((talks, Id(NodeType.Place, "Sukamaju"))));
        var met = Edges(new MeetingExtractor(Lexicon), doc, RelationType.MET_AT);
        Assert.That(met, Does.Contain((Id(NodeType.Person, "Sari Dewi"), summit)));
    }

    [Test]
    public void A_meeting_talked_about_during_a_press_conference_was_not_held_in_it()
    {
        var doc = Build("Budi Hartono menjelaskan hasil pertemuan Syldavia dengan Borduria selama konferensi pers pada hari Jumat.",
            "Budi Hartono:Person", "Syldavia:Place", "Borduria:Place").WithEvents();
        var conference = EventId(doc, "event:konferensi");
        var met = Edges(new MeetingExtractor(Lexicon), doc, RelationType.MET_AT);
        Assert.That(met, Does.Contain((Id(NodeType.Person, "Budi Hartono"), conference)));
        Assert.That(met, Does.Not.Contain((Id(NodeType.Place, "Syldavia"), conference)));
    }

    [Test]
    public void A_place_after_circumstances_people_met_amid_is_not_where_they_met()
    {
        var doc = Build("Budi Hartono bertemu Andi Wirawan di tengah kritik keras atas rencana pajak baru dari Lembah.",
            "Budi Hartono:Person", "Andi Wirawan:Person", "Lembah:Place").WithEvents();
        Assert.That(Edges(new MeetingExtractor(Lexicon), doc, RelationType.MET_AT).Select(e => e.Target), Does.Not.Contain(Id(NodeType.Place, "Lembah")));
    }

    [Test]
    public void A_group_said_to_be_present_and_then_listed_was_at_the_meeting_told_a_little_before()
    {
        var doc = Build("Presiden Budi Hartono menerima kunjungan Perdana Menteri Syldavia Andi Wirawan di Istana Lembah, Jumat. "
            + "Andi tiba pukul 10.00. Keduanya mengikuti upacara penghormatan terlebih dahulu. "
            + "Setelah itu, Presiden Budi Hartono memperkenalkan delegasi yang hadir. Mereka adalah Menteri Luar Negeri Sari Dewi dan Menteri Investasi Dodi Saputra.",
            "Budi Hartono:Person", "Syldavia:Place", "Andi Wirawan:Person", "Andi:Person", "Istana Lembah:Place", "Sari Dewi:Person", "Dodi Saputra:Person").WithEvents();
        var ev = doc.Mentions.First(m => m.Type == NodeType.Event).EntityId!;
        var met = Edges(new MeetingExtractor(Lexicon), doc, RelationType.MET_AT);
        foreach (var who in new[] { "Sari Dewi", "Dodi Saputra" })
        {
            Assert.That(met, Does.Contain((Id(NodeType.Person, who), ev)), who);
            Assert.That(met, Does.Contain((Id(NodeType.Person, who), Id(NodeType.Place, "Istana Lembah"))), who);
        }
        // Without a word of being present before it, the list is of some other group.
        doc = Build("Presiden Budi Hartono menerima kunjungan Perdana Menteri Syldavia Andi Wirawan di Istana Lembah, Jumat. "
            + "Andi tiba pukul 10.00. Keduanya mengikuti upacara penghormatan terlebih dahulu. "
            + "Setelah itu, Presiden Budi Hartono memuji para menteri lama. Mereka adalah Menteri Luar Negeri Sari Dewi dan Menteri Investasi Dodi Saputra.",
            "Budi Hartono:Person", "Syldavia:Place", "Andi Wirawan:Person", "Andi:Person", "Istana Lembah:Place", "Sari Dewi:Person", "Dodi Saputra:Person").WithEvents();
        Assert.That(Edges(new MeetingExtractor(Lexicon), doc, RelationType.MET_AT).Select(e => e.Source), Has.None.EqualTo(Id(NodeType.Person, "Sari Dewi")));
    }

    [TestCase("bentrokan")]
    [TestCase("baku tembak")]
    public void Those_listed_after_a_clash_they_fell_in_met_no_one(string clash)
    {
        var doc = Build($"Pasukan Lembah terlibat {clash} dengan Brigade Fajar di Kotabaru. Namun dalam {clash} ini dua prajurit gugur. "
            + "Mereka, yakni Serda Budi Hartono dan Serda Andi Wirawan.",
            "Lembah:Place", "Brigade Fajar:Organization", "Kotabaru:Place", "Budi Hartono:Person", "Andi Wirawan:Person").WithEvents();
        Assert.That(doc.Mentions.Any(m => m.Type == NodeType.Event), Is.True);
        var met = Edges(new MeetingExtractor(Lexicon), doc, RelationType.MET_AT);
        Assert.That(met.Select(e => e.Source), Has.None.EqualTo(Id(NodeType.Person, "Budi Hartono")).And.None.EqualTo(Id(NodeType.Person, "Andi Wirawan")));
    }

    [Test]
    public void Parties_of_a_summit_in_a_capital_named_after_its_state_met_in_the_capital_only()
    {
        var doc = Build("Para pemimpin Lembah menggelar KTT darurat di ibu kota Syldavia, Kotabaru, pada Kamis. KTT itu dihadiri Presiden Budi Hartono.",
            "Lembah:Place", "Syldavia:Place", "Kotabaru:Place", "Budi Hartono:Person").WithEvents();
        var met = Edges(new MeetingExtractor(Lexicon), doc, RelationType.MET_AT).Concat(Edges(new MeetingPlaces(Lexicon), doc, RelationType.MET_AT)).ToList();
        Assert.That(met, Does.Contain((Id(NodeType.Person, "Budi Hartono"), Id(NodeType.Place, "Kotabaru"))));
        Assert.That(met, Does.Not.Contain((Id(NodeType.Person, "Budi Hartono"), Id(NodeType.Place, "Syldavia"))));
    }

    [Test]
    public void A_meeting_told_again_with_who_led_it_is_the_meeting_told_before_and_its_leaders_took_part()
    {
        var doc = Build("Polri dan Kepolisian Lembah menggelar pertemuan bilateral di Kotabaru, Senin (9/4). "
            + "Pertemuan yang dipimpin Kapolri Jenderal Budi Hartono dan Kepala Kepolisian Lembah Andi Wirawan difokuskan pada kejahatan lintas negara.",
            "Polri:Organization", "Kepolisian Lembah:Organization", "Kotabaru:Place", "Budi Hartono:Person", "Andi Wirawan:Person").WithEvents();
        var events = doc.Mentions.Where(m => m.Type == NodeType.Event).Select(m => m.EntityId).Distinct().ToList();
        Assert.That(events, Has.Count.EqualTo(1));
        var met = Edges(new MeetingExtractor(Lexicon), doc, RelationType.MET_AT);
        foreach (var who in new[] { "Budi Hartono", "Andi Wirawan" })
        {
            Assert.That(met, Does.Contain((Id(NodeType.Person, who), events[0]!)), who);
            Assert.That(met, Does.Contain((Id(NodeType.Person, who), Id(NodeType.Place, "Kotabaru"))), who);
        }
    }
}
