<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name></name>
    <message>
        <location filename="../../ui/countries/event_dialog.py" line="83"/>
        <source>Edit event</source>
        <translation>Activiteit bewerken</translation>
    </message>
    <message>
        <location filename="../../ui/countries/event_dialog.py" line="83"/>
        <source>New knowledge-exchange event</source>
        <translation>Nieuwe kennisuitwisselingsactiviteit</translation>
    </message>
    <message>
        <location filename="../../ui/countries/event_dialog.py" line="94"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Vorm:</translation>
    </message>
    <message>
        <location filename="../../ui/countries/event_dialog.py" line="95"/>
        <source>C&amp;ountry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <location filename="../../ui/countries/event_dialog.py" line="96"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../ui/countries/event_dialog.py" line="98"/>
        <source>&amp;Starts:</source>
        <translation>&amp;Begint:</translation>
    </message>
    <message>
        <location filename="../../ui/countries/event_dialog.py" line="99"/>
        <source>&amp;Ends:</source>
        <translation>&amp;Eindigt:</translation>
    </message>
    <message>
        <location filename="../../ui/countries/event_dialog.py" line="100"/>
        <source>Host &amp;post:</source>
        <translation>Organiserende &amp;post:</translation>
    </message>
    <message>
        <location filename="../../ui/countries/event_dialog.py" line="101"/>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <location filename="../../ui/countries/event_dialog.py" line="102"/>
        <source>Participants:</source>
        <translation>Deelnemers:</translation>
    </message>
    <message>
        <location filename="../../ui/countries/event_dialog.py" line="103"/>
        <source>Notable organisations:</source>
        <translation>Belangrijke organisaties:</translation>
    </message>
    <message>
        <location filename="../../ui/countries/event_dialog.py" line="104"/>
        <source>Themes:</source>
        <translation>Thema&apos;s:</translation>
    </message>
    <message>
        <location filename="../../ui/countries/event_dialog.py" line="106"/>
        <source>Outcomes:</source>
        <translation>Resultaten:</translation>
    </message>
    <message>
        <location filename="../../ui/countries/event_dialog.py" line="107"/>
        <source>Lessons (best practices):</source>
        <translation>Lessen (best practices):</translation>
    </message>
    <message>
        <location filename="../../ui/countries/event_dialog.py" line="137"/>
        <source>Dated</source>
        <translation>Met datum</translation>
    </message>
    <message>
        <location filename="../../ui/countries/event_dialog.py" line="152"/>
        <source>not known</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location filename="../../ui/countries/event_dialog.py" line="155"/>
        <location filename="../../ui/countries/event_dialog.py" line="203"/>
        <source>separated by ;</source>
        <translation>gescheiden door ;</translation>
    </message>
    <message>
        <location filename="../../ui/countries/event_dialog.py" line="184"/>
        <source>Choose a country…</source>
        <translation>Kies een land…</translation>
    </message>
    <message>
        <location filename="../../ui/countries/event_dialog.py" line="190"/>
        <source>member states in rotation order, e.g. NL; DE; FR; IT</source>
        <translation>lidstaten in volgorde van rotatie, bijv. NL; DE; FR; IT</translation>
    </message>
    <message>
        <location filename="../../ui/countries/event_dialog.py" line="192"/>
        <location filename="../../ui/countries/event_dialog.py" line="345"/>
        <location filename="../../ui/countries/events_view.py" line="74"/>
        <source>Chatham House Rule</source>
        <translation>Chatham House Rule</translation>
    </message>
    <message>
        <location filename="../../ui/countries/event_dialog.py" line="207"/>
        <source>Co-&amp;hosts:</source>
        <translation>&amp;Medeorganisatoren:</translation>
    </message>
    <message>
        <location filename="../../ui/countries/event_dialog.py" line="208"/>
        <source>H&amp;ost this time:</source>
        <translation>&amp;Organisator deze keer:</translation>
    </message>
    <message>
        <location filename="../../ui/countries/event_dialog.py" line="212"/>
        <source>&amp;Cases worked on:</source>
        <translation>Behandelde &amp;casussen:</translation>
    </message>
    <message>
        <location filename="../../ui/countries/event_dialog.py" line="213"/>
        <source>Participant mix:</source>
        <translation>Samenstelling deelnemers:</translation>
    </message>
    <message>
        <location filename="../../ui/countries/event_dialog.py" line="216"/>
        <source>Partner &amp;universities:</source>
        <translation>Partneru&amp;niversiteiten:</translation>
    </message>
    <message>
        <location filename="../../ui/countries/event_dialog.py" line="217"/>
        <source>&amp;Programme:</source>
        <translation>P&amp;rogramma:</translation>
    </message>
    <message>
        <location filename="../../ui/countries/event_dialog.py" line="232"/>
        <source>Choose the country the event is with.</source>
        <translation>Kies het land waarmee de activiteit plaatsvindt.</translation>
    </message>
    <message>
        <location filename="../../ui/countries/event_dialog.py" line="333"/>
        <location filename="../../ui/countries/view.py" line="154"/>
        <location filename="../../ui/countries/view.py" line="180"/>
        <location filename="../../ui/documents/issued_dialog.py" line="43"/>
        <location filename="../../ui/meetings/models.py" line="197"/>
        <location filename="../../ui/trade/table_model.py" line="59"/>
        <location filename="../../ui/trendlog/detail.py" line="127"/>
        <location filename="../../ui/trendlog/detail.py" line="153"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../ui/countries/event_dialog.py" line="334"/>
        <location filename="../../ui/countries/view.py" line="181"/>
        <location filename="../../ui/meetings/models.py" line="199"/>
        <location filename="../../ui/trendlog/detail.py" line="154"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/countries/event_dialog.py" line="335"/>
        <source>Starts</source>
        <translation>Begint</translation>
    </message>
    <message>
        <location filename="../../ui/countries/event_dialog.py" line="336"/>
        <source>Ends</source>
        <translation>Eindigt</translation>
    </message>
    <message>
        <location filename="../../ui/countries/event_dialog.py" line="337"/>
        <location filename="../../ui/countries/events_view.py" line="67"/>
        <source>Host post</source>
        <translation>Organiserende post</translation>
    </message>
    <message>
        <location filename="../../ui/countries/event_dialog.py" line="338"/>
        <location filename="../../ui/countries/events_view.py" line="91"/>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <location filename="../../ui/countries/event_dialog.py" line="339"/>
        <source>Notable organisations</source>
        <translation>Belangrijke organisaties</translation>
    </message>
    <message>
        <location filename="../../ui/countries/event_dialog.py" line="340"/>
        <location filename="../../ui/countries/events_view.py" line="92"/>
        <source>Themes</source>
        <translation>Thema&apos;s</translation>
    </message>
    <message>
        <location filename="../../ui/countries/event_dialog.py" line="341"/>
        <location filename="../../ui/countries/events_view.py" line="93"/>
        <source>Outcomes</source>
        <translation>Resultaten</translation>
    </message>
    <message>
        <location filename="../../ui/countries/event_dialog.py" line="342"/>
        <source>Lessons (best practices)</source>
        <translation>Lessen (best practices)</translation>
    </message>
    <message>
        <location filename="../../ui/countries/event_dialog.py" line="343"/>
        <source>Co-hosts</source>
        <translation>Medeorganisatoren</translation>
    </message>
    <message>
        <location filename="../../ui/countries/event_dialog.py" line="344"/>
        <source>Host</source>
        <translation>Organisator</translation>
    </message>
    <message>
        <location filename="../../ui/countries/event_dialog.py" line="346"/>
        <location filename="../../ui/countries/events_view.py" line="78"/>
        <source>Cases</source>
        <translation>Casussen</translation>
    </message>
    <message>
        <location filename="../../ui/countries/event_dialog.py" line="347"/>
        <source>Participants from</source>
        <translation>Deelnemers uit</translation>
    </message>
    <message>
        <location filename="../../ui/countries/event_dialog.py" line="348"/>
        <source>Universities</source>
        <translation>Universiteiten</translation>
    </message>
    <message>
        <location filename="../../ui/countries/event_dialog.py" line="349"/>
        <location filename="../../ui/countries/events_view.py" line="87"/>
        <source>Programme</source>
        <translation>Programma</translation>
    </message>
    <message>
        <location filename="../../ui/countries/events_view.py" line="57"/>
        <source>no date yet</source>
        <translation>nog geen datum</translation>
    </message>
    <message>
        <location filename="../../ui/countries/events_view.py" line="66"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../ui/countries/events_view.py" line="71"/>
        <source>Co-hosts, in rotation</source>
        <translation>Medeorganisatoren, in volgorde van rotatie</translation>
    </message>
    <message>
        <location filename="../../ui/countries/events_view.py" line="72"/>
        <source>Hosted by</source>
        <translation>Georganiseerd door</translation>
    </message>
    <message>
        <location filename="../../ui/countries/events_view.py" line="73"/>
        <source>Next host</source>
        <translation>Volgende organisator</translation>
    </message>
    <message>
        <location filename="../../ui/countries/events_view.py" line="74"/>
        <location filename="../../ui/trendlog/detail.py" line="179"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../ui/countries/events_view.py" line="74"/>
        <location filename="../../ui/trendlog/detail.py" line="179"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location filename="../../ui/countries/events_view.py" line="80"/>
        <source>Participant mix</source>
        <translation>Samenstelling deelnemers</translation>
    </message>
    <message>
        <location filename="../../ui/countries/events_view.py" line="86"/>
        <source>Partner universities</source>
        <translation>Partneruniversiteiten</translation>
    </message>
    <message>
        <location filename="../../ui/countries/events_view.py" line="94"/>
        <source>Lessons</source>
        <translation>Lessen</translation>
    </message>
    <message>
        <location filename="../../ui/countries/events_view.py" line="95"/>
        <source>Linked signals</source>
        <translation>Gekoppelde signalen</translation>
    </message>
    <message>
        <location filename="../../ui/countries/events_view.py" line="99"/>
        <source>Follow-up</source>
        <translation>Vervolgacties</translation>
    </message>
    <message>
        <location filename="../../ui/countries/events_view.py" line="101"/>
        <source> (a meeting action)</source>
        <translation> (actiepunt van een contactmoment)</translation>
    </message>
    <message>
        <location filename="../../ui/countries/events_view.py" line="102"/>
        <source>, due {date}</source>
        <translation>, uiterlijk {date}</translation>
    </message>
    <message>
        <location filename="../../ui/countries/events_view.py" line="113"/>
        <source>Take into a meeting</source>
        <translation>Meenemen naar een contactmoment</translation>
    </message>
    <message>
        <location filename="../../ui/countries/events_view.py" line="115"/>
        <source>Meeting</source>
        <translation>Contactmoment</translation>
    </message>
    <message>
        <location filename="../../ui/countries/events_view.py" line="122"/>
        <source>The follow-up becomes an action of this meeting and is carried forward until done.</source>
        <translation>De vervolgactie wordt een actiepunt van dit contactmoment en wordt doorgeschoven tot ze is afgerond.</translation>
    </message>
    <message>
        <location filename="../../ui/countries/events_view.py" line="147"/>
        <source>Kind of event</source>
        <translation>Vorm van de activiteit</translation>
    </message>
    <message>
        <location filename="../../ui/countries/events_view.py" line="148"/>
        <source>all kinds</source>
        <translation>alle vormen</translation>
    </message>
    <message>
        <location filename="../../ui/countries/events_view.py" line="152"/>
        <source>&amp;New event…</source>
        <translation>&amp;Nieuwe activiteit…</translation>
    </message>
    <message>
        <location filename="../../ui/countries/events_view.py" line="155"/>
        <location filename="../../ui/countries/view.py" line="245"/>
        <source>Knowledge-exchange events</source>
        <translation>Kennisuitwisselingsactiviteiten</translation>
    </message>
    <message>
        <location filename="../../ui/countries/events_view.py" line="163"/>
        <source>&amp;List</source>
        <translation>&amp;Lijst</translation>
    </message>
    <message>
        <location filename="../../ui/countries/events_view.py" line="164"/>
        <source>&amp;Timeline</source>
        <translation>&amp;Tijdlijn</translation>
    </message>
    <message>
        <location filename="../../ui/countries/events_view.py" line="167"/>
        <source>Event details</source>
        <translation>Details van de activiteit</translation>
    </message>
    <message>
        <location filename="../../ui/countries/events_view.py" line="168"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <location filename="../../ui/countries/events_view.py" line="172"/>
        <source>Follow-ups into a meeting…</source>
        <translation>Vervolgacties naar een contactmoment…</translation>
    </message>
    <message>
        <location filename="../../ui/countries/events_view.py" line="241"/>
        <source>No knowledge-exchange events here yet. Use “New event…” to plan one.</source>
        <translation>Nog geen kennisuitwisselingsactiviteiten. Gebruik “Nieuwe activiteit…” om er een te plannen.</translation>
    </message>
    <message>
        <location filename="../../ui/countries/events_view.py" line="289"/>
        <source>Event saved</source>
        <translation>Activiteit opgeslagen</translation>
    </message>
    <message>
        <location filename="../../ui/countries/events_view.py" line="325"/>
        <source>{title}: {status}</source>
        <translation>{title}: {status}</translation>
    </message>
    <message>
        <location filename="../../ui/countries/events_view.py" line="345"/>
        <source>{region} has no open meeting to take the follow-ups into; plan the series first</source>
        <translation>{region} heeft geen open contactmoment om de vervolgacties naar mee te nemen; plan eerst de reeks</translation>
    </message>
    <message>
        <location filename="../../ui/countries/events_view.py" line="357"/>
        <source>Follow-ups added to the meeting&apos;s actions</source>
        <translation>Vervolgacties toegevoegd aan de actiepunten van het contactmoment</translation>
    </message>
    <message>
        <location filename="../../ui/countries/profile_dialog.py" line="56"/>
        <source>Add row</source>
        <translation>Rij toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/countries/profile_dialog.py" line="57"/>
        <source>Remove row</source>
        <translation>Rij verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/countries/profile_dialog.py" line="99"/>
        <source>Profile of {country}</source>
        <translation>Profiel van {country}</translation>
    </message>
    <message>
        <location filename="../../ui/countries/profile_dialog.py" line="105"/>
        <location filename="../../ui/exchange/common.py" line="63"/>
        <location filename="../../ui/meetings/models.py" line="208"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../ui/countries/profile_dialog.py" line="105"/>
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location filename="../../ui/countries/profile_dialog.py" line="105"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../ui/countries/profile_dialog.py" line="108"/>
        <source>Figure</source>
        <translation>Cijfer</translation>
    </message>
    <message>
        <location filename="../../ui/countries/profile_dialog.py" line="108"/>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <location filename="../../ui/countries/profile_dialog.py" line="108"/>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <location filename="../../ui/countries/profile_dialog.py" line="108"/>
        <location filename="../../ui/trendlog/detail.py" line="130"/>
        <location filename="../../ui/trendlog/detail.py" line="157"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location filename="../../ui/countries/profile_dialog.py" line="113"/>
        <location filename="../../ui/countries/view.py" line="255"/>
        <source>&amp;Profile</source>
        <translation>&amp;Profiel</translation>
    </message>
    <message>
        <location filename="../../ui/countries/profile_dialog.py" line="114"/>
        <source>&amp;Contacts</source>
        <translation>&amp;Contactpersonen</translation>
    </message>
    <message>
        <location filename="../../ui/countries/profile_dialog.py" line="115"/>
        <source>Key &amp;figures</source>
        <translation>&amp;Kerncijfers</translation>
    </message>
    <message>
        <location filename="../../ui/countries/profile_dialog.py" line="135"/>
        <source>(not chosen)</source>
        <translation>(niet gekozen)</translation>
    </message>
    <message>
        <location filename="../../ui/countries/profile_dialog.py" line="149"/>
        <source>(not assessed)</source>
        <translation>(niet beoordeeld)</translation>
    </message>
    <message>
        <location filename="../../ui/countries/profile_dialog.py" line="166"/>
        <source>Relation to the &amp;EU:</source>
        <translation>Relatie met de &amp;EU:</translation>
    </message>
    <message>
        <location filename="../../ui/countries/profile_dialog.py" line="167"/>
        <source>Relation to &amp;Russia:</source>
        <translation>Relatie met &amp;Rusland:</translation>
    </message>
    <message>
        <location filename="../../ui/countries/profile_dialog.py" line="168"/>
        <source>Role in circumvention:</source>
        <translation>Rol bij sanctieomzeiling:</translation>
    </message>
    <message>
        <location filename="../../ui/countries/profile_dialog.py" line="169"/>
        <source>Preferred e&amp;xchange:</source>
        <translation>&amp;Voorkeursvorm van kennisuitwisseling:</translation>
    </message>
    <message>
        <location filename="../../ui/countries/profile_dialog.py" line="170"/>
        <source>&amp;Why:</source>
        <translation>&amp;Waarom:</translation>
    </message>
    <message>
        <location filename="../../ui/countries/profile_dialog.py" line="171"/>
        <source>&amp;Posts:</source>
        <translation>Po&amp;sten:</translation>
    </message>
    <message>
        <location filename="../../ui/countries/profile_dialog.py" line="172"/>
        <source>Ris&amp;k level:</source>
        <translation>Ris&amp;iconiveau:</translation>
    </message>
    <message>
        <location filename="../../ui/countries/profile_dialog.py" line="173"/>
        <source>Assessed on:</source>
        <translation>Beoordeeld op:</translation>
    </message>
    <message>
        <location filename="../../ui/countries/profile_dialog.py" line="174"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Aantekeningen:</translation>
    </message>
    <message>
        <location filename="../../ui/countries/profile_dialog.py" line="207"/>
        <source>Every key figure needs a label and a value.</source>
        <translation>Elk kerncijfer heeft een omschrijving en een waarde nodig.</translation>
    </message>
    <message>
        <location filename="../../ui/countries/profile_dialog.py" line="210"/>
        <source>“{year}” is not a year.</source>
        <translation>“{year}” is geen jaartal.</translation>
    </message>
    <message>
        <location filename="../../ui/countries/profile_dialog.py" line="261"/>
        <location filename="../../ui/countries/view.py" line="87"/>
        <source>Relation to the EU</source>
        <translation>Relatie met de EU</translation>
    </message>
    <message>
        <location filename="../../ui/countries/profile_dialog.py" line="262"/>
        <location filename="../../ui/countries/view.py" line="88"/>
        <source>Relation to Russia</source>
        <translation>Relatie met Rusland</translation>
    </message>
    <message>
        <location filename="../../ui/countries/profile_dialog.py" line="263"/>
        <location filename="../../ui/countries/view.py" line="89"/>
        <source>Role in circumvention</source>
        <translation>Rol bij sanctieomzeiling</translation>
    </message>
    <message>
        <location filename="../../ui/countries/profile_dialog.py" line="264"/>
        <location filename="../../ui/countries/view.py" line="91"/>
        <source>Preferred exchange</source>
        <translation>Voorkeursvorm van kennisuitwisseling</translation>
    </message>
    <message>
        <location filename="../../ui/countries/profile_dialog.py" line="265"/>
        <location filename="../../ui/countries/view.py" line="94"/>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <location filename="../../ui/countries/profile_dialog.py" line="266"/>
        <location filename="../../ui/countries/view.py" line="95"/>
        <source>Posts</source>
        <translation>Posten</translation>
    </message>
    <message>
        <location filename="../../ui/countries/profile_dialog.py" line="267"/>
        <source>Risk level</source>
        <translation>Risiconiveau</translation>
    </message>
    <message>
        <location filename="../../ui/countries/profile_dialog.py" line="268"/>
        <source>Assessed on</source>
        <translation>Beoordeeld op</translation>
    </message>
    <message>
        <location filename="../../ui/countries/profile_dialog.py" line="269"/>
        <source>Notes</source>
        <translation>Aantekeningen</translation>
    </message>
    <message>
        <location filename="../../ui/countries/profile_dialog.py" line="270"/>
        <location filename="../../ui/countries/view.py" line="111"/>
        <location filename="../../ui/exchange/view.py" line="122"/>
        <location filename="../../ui/exchange/view.py" line="124"/>
        <source>Contacts</source>
        <translation>Contactpersonen</translation>
    </message>
    <message>
        <location filename="../../ui/countries/profile_dialog.py" line="271"/>
        <location filename="../../ui/countries/view.py" line="117"/>
        <source>Key figures</source>
        <translation>Kerncijfers</translation>
    </message>
    <message>
        <location filename="../../ui/countries/view.py" line="74"/>
        <source> (assessed {date})</source>
        <translation> (beoordeeld {date})</translation>
    </message>
    <message>
        <location filename="../../ui/countries/view.py" line="82"/>
        <source>No profile written yet. Use “Edit profile…” to write one.</source>
        <translation>Nog geen profiel geschreven. Gebruik “Profiel bewerken…” om er een te schrijven.</translation>
    </message>
    <message>
        <location filename="../../ui/countries/view.py" line="96"/>
        <location filename="../../ui/countries/view.py" line="157"/>
        <source>Risk</source>
        <translation>Risico</translation>
    </message>
    <message>
        <location filename="../../ui/countries/view.py" line="98"/>
        <source>Signals</source>
        <translation>Signalen</translation>
    </message>
    <message>
        <location filename="../../ui/countries/view.py" line="100"/>
        <source>{total} in the trend log, {recent} observed in the last 90 days</source>
        <translation>In het trendoverzicht: {total}; waargenomen in de laatste 90 dagen: {recent}</translation>
    </message>
    <message>
        <location filename="../../ui/countries/view.py" line="105"/>
        <source>CHPI tiers seen</source>
        <translation>Waargenomen CHPI-tiers</translation>
    </message>
    <message>
        <location filename="../../ui/countries/view.py" line="131"/>
        <source>Directorate of {country}</source>
        <translation>Directie van {country}</translation>
    </message>
    <message>
        <location filename="../../ui/countries/view.py" line="134"/>
        <source>All of {country}&apos;s signals move with it to the chosen regional directorate: in the trend log, the counts, the meetings and the briefings.</source>
        <translation>Alle signalen van {country} gaan mee naar de gekozen regiodirectie: in het trendoverzicht, de tellingen, de contactmomenten en de briefings.</translation>
    </message>
    <message>
        <location filename="../../ui/countries/view.py" line="141"/>
        <source>Regional directorate</source>
        <translation>Regiodirectie</translation>
    </message>
    <message>
        <location filename="../../ui/countries/view.py" line="155"/>
        <location filename="../../ui/documents/issued_dialog.py" line="42"/>
        <location filename="../../ui/meetings/models.py" line="256"/>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <location filename="../../ui/countries/view.py" line="162"/>
        <source>90 days</source>
        <translation>90 dagen</translation>
    </message>
    <message>
        <location filename="../../ui/countries/view.py" line="165"/>
        <source>{n} signal(s) observed in the last 90 days</source>
        <translation>Signalen waargenomen in de laatste 90 dagen: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/countries/view.py" line="169"/>
        <source>Latest</source>
        <translation>Laatste</translation>
    </message>
    <message>
        <location filename="../../ui/countries/view.py" line="178"/>
        <location filename="../../ui/meetings/models.py" line="95"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/countries/view.py" line="178"/>
        <source>no date</source>
        <translation>geen datum</translation>
    </message>
    <message>
        <location filename="../../ui/countries/view.py" line="179"/>
        <source>Kind</source>
        <translation>Vorm</translation>
    </message>
    <message>
        <location filename="../../ui/countries/view.py" line="182"/>
        <location filename="../../ui/meetings/models.py" line="100"/>
        <location filename="../../ui/meetings/models.py" line="249"/>
        <location filename="../../ui/trendlog/detail.py" line="166"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/countries/view.py" line="213"/>
        <source>Show countries without profile or signals</source>
        <translation>Landen zonder profiel of signalen tonen</translation>
    </message>
    <message>
        <location filename="../../ui/countries/view.py" line="216"/>
        <source>Countries</source>
        <translation>Landen</translation>
    </message>
    <message>
        <location filename="../../ui/countries/view.py" line="225"/>
        <source>Country profile</source>
        <translation>Landenprofiel</translation>
    </message>
    <message>
        <location filename="../../ui/countries/view.py" line="227"/>
        <source>&amp;Edit profile…</source>
        <translation>Profiel &amp;bewerken…</translation>
    </message>
    <message>
        <location filename="../../ui/countries/view.py" line="229"/>
        <source>Change &amp;directorate…</source>
        <translation>&amp;Directie wijzigen…</translation>
    </message>
    <message>
        <location filename="../../ui/countries/view.py" line="231"/>
        <source>Contact p&amp;oint…</source>
        <translation>Aan&amp;spreekpunt…</translation>
    </message>
    <message>
        <location filename="../../ui/countries/view.py" line="233"/>
        <source>Give this country to another contact point of its directorate, from a date</source>
        <translation>Dit land vanaf een bepaalde datum toewijzen aan een ander aanspreekpunt van de directie</translation>
    </message>
    <message>
        <location filename="../../ui/countries/view.py" line="237"/>
        <source>Profile as &amp;PDF…</source>
        <translation>Profiel als &amp;pdf…</translation>
    </message>
    <message>
        <location filename="../../ui/countries/view.py" line="238"/>
        <source>Prepare the country profile document for a directorate</source>
        <translation>Het landenprofiel opstellen als document voor een directie</translation>
    </message>
    <message>
        <location filename="../../ui/countries/view.py" line="243"/>
        <location filename="../../ui/countries/view.py" line="252"/>
        <source>Latest signals</source>
        <translation>Laatste signalen</translation>
    </message>
    <message>
        <location filename="../../ui/countries/view.py" line="247"/>
        <source>History of the profile</source>
        <translation>Geschiedenis van het profiel</translation>
    </message>
    <message>
        <location filename="../../ui/countries/view.py" line="256"/>
        <source>&amp;Trend</source>
        <translation>&amp;Trend</translation>
    </message>
    <message>
        <location filename="../../ui/countries/view.py" line="257"/>
        <source>E&amp;vents</source>
        <translation>&amp;Activiteiten</translation>
    </message>
    <message>
        <location filename="../../ui/countries/view.py" line="258"/>
        <source>&amp;History</source>
        <translation>&amp;Geschiedenis</translation>
    </message>
    <message>
        <location filename="../../ui/countries/view.py" line="342"/>
        <source>Choose a country.</source>
        <translation>Kies een land.</translation>
    </message>
    <message>
        <location filename="../../ui/countries/view.py" line="355"/>
        <source>Signals per month — {country}</source>
        <translation>Signalen per maand — {country}</translation>
    </message>
    <message>
        <location filename="../../ui/countries/view.py" line="359"/>
        <source>E&amp;vents ({n})</source>
        <translation>&amp;Activiteiten ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/countries/view.py" line="373"/>
        <source>Country profile — {country}</source>
        <translation>Landenprofiel — {country}</translation>
    </message>
    <message>
        <location filename="../../ui/countries/view.py" line="375"/>
        <source>The profile, key figures, the trend log&apos;s signals and events of {country}, as a PDF. Choose who it is for: signals above the audience&apos;s TLP level are left out.</source>
        <translation>Het profiel, de kerncijfers, de signalen uit het trendoverzicht en de activiteiten van {country}, als pdf. Kies voor wie het is: signalen boven het TLP-niveau van de doelgroep worden weggelaten.</translation>
    </message>
    <message>
        <location filename="../../ui/countries/view.py" line="393"/>
        <source>Profile saved</source>
        <translation>Profiel opgeslagen</translation>
    </message>
    <message>
        <location filename="../../ui/countries/view.py" line="431"/>
        <source>{country} now belongs to {region}</source>
        <translation>{country} valt nu onder {region}</translation>
    </message>
    <message>
        <location filename="../../ui/documents/issued_dialog.py" line="40"/>
        <source>Issued</source>
        <translation>Uitgegeven</translation>
    </message>
    <message>
        <location filename="../../ui/documents/issued_dialog.py" line="41"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../ui/documents/issued_dialog.py" line="44"/>
        <source>Audience</source>
        <translation>Doelgroep</translation>
    </message>
    <message>
        <location filename="../../ui/documents/issued_dialog.py" line="45"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../ui/documents/issued_dialog.py" line="46"/>
        <location filename="../../ui/meetings/models.py" line="195"/>
        <source>TLP</source>
        <translation>TLP</translation>
    </message>
    <message>
        <location filename="../../ui/documents/issued_dialog.py" line="47"/>
        <source>Pages</source>
        <translation>Pagina&apos;s</translation>
    </message>
    <message>
        <location filename="../../ui/documents/issued_dialog.py" line="49"/>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../../ui/documents/issued_dialog.py" line="51"/>
        <source> (password)</source>
        <translation> (wachtwoord)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/issued_dialog.py" line="53"/>
        <source> (password-protected)</source>
        <translation> (met wachtwoord beveiligd)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/issued_dialog.py" line="56"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/documents/issued_dialog.py" line="57"/>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <location filename="../../ui/documents/issued_dialog.py" line="67"/>
        <location filename="../../ui/documents/issued_dialog.py" line="72"/>
        <source>Issued documents</source>
        <translation>Uitgegeven documenten</translation>
    </message>
    <message>
        <location filename="../../ui/documents/issued_dialog.py" line="79"/>
        <source>{n} documents. To check a file, compare its SHA-256 (e.g. `sha256sum file.pdf`) with the one recorded here.</source>
        <translation>Documenten: {n}. Om een bestand te controleren, vergelijkt u de SHA-256 ervan (bijv. `sha256sum bestand.pdf`) met de hier vastgelegde waarde.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/issued_dialog.py" line="83"/>
        <source>No documents have been issued from this store yet.</source>
        <translation>Uit deze database zijn nog geen documenten uitgegeven.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/issued_dialog.py" line="86"/>
        <source>&amp;Copy SHA-256</source>
        <translation>SHA-256 &amp;kopiëren</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/common.py" line="64"/>
        <location filename="../../ui/meetings/models.py" line="209"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/common.py" line="65"/>
        <source>Post or region</source>
        <translation>Post of regio</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/common.py" line="66"/>
        <source>Fingerprint</source>
        <translation>Vingerafdruk</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/common.py" line="68"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/common.py" line="70"/>
        <source>revoked {date}</source>
        <translation>ingetrokken {date}</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/common.py" line="72"/>
        <source>trusted {date}</source>
        <translation>vertrouwd {date}</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/common.py" line="86"/>
        <source>the {region} contact point</source>
        <translation>het regionaal aanspreekpunt {region}</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/common.py" line="90"/>
        <source>{who} has everything</source>
        <translation>{who} heeft alles</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/common.py" line="92"/>
        <source>1 signal not yet sent to {who}</source>
        <translation>1 signaal nog niet verzonden naar {who}</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/common.py" line="94"/>
        <source>{n} signals not yet sent to {who}</source>
        <translation>{n} signalen nog niet verzonden naar {who}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/common.py" line="100"/>
        <source>%n TLP:RED signal(s) (not asked for)</source>
        <translation>
            <numerusform>%n TLP:RED-signaal (niet gevraagd)</numerusform>
            <numerusform>%n TLP:RED-signalen (niet gevraagd)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/common.py" line="102"/>
        <source>%n TLP:RED signal(s) whose author named other recipients</source>
        <translation>
            <numerusform>%n TLP:RED-signaal waarvan de auteur andere ontvangers heeft genoemd</numerusform>
            <numerusform>%n TLP:RED-signalen waarvan de auteur andere ontvangers heeft genoemd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/common.py" line="104"/>
        <source>%n signal(s) above {tlp}</source>
        <translation>
            <numerusform>%n signaal boven {tlp}</numerusform>
            <numerusform>%n signalen boven {tlp}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/common.py" line="111"/>
        <source>%n signal(s) for {who} saved to {path}.</source>
        <translation>
            <numerusform>%n signaal voor {who} opgeslagen in {path}.</numerusform>
            <numerusform>%n signalen voor {who} opgeslagen in {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange/common.py" line="117"/>
        <source>Left out: {what}.</source>
        <translation>Weggelaten: {what}.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/common.py" line="119"/>
        <source>Nothing was left out.</source>
        <translation>Er is niets weggelaten.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/common.py" line="123"/>
        <source>Source withheld for %n Chatham House signal(s): only contact points of their region receive it.</source>
        <translation>
            <numerusform>Bron achtergehouden bij %n Chatham House-signaal: alleen aanspreekpunten van de regio ervan ontvangen die.</numerusform>
            <numerusform>Bron achtergehouden bij %n Chatham House-signalen: alleen aanspreekpunten van hun regio ontvangen die.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange/common.py" line="136"/>
        <source>{file} was already received from {sender}; nothing changed.</source>
        <translation>{file} was al ontvangen van {sender}; er is niets gewijzigd.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/common.py" line="140"/>
        <source>Recorded feedback from {sender} on %n signal(s).</source>
        <translation>
            <numerusform>Terugkoppeling van {sender} over %n signaal vastgelegd.</numerusform>
            <numerusform>Terugkoppeling van {sender} over %n signalen vastgelegd.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange/common.py" line="144"/>
        <source>Received {file} from {sender}: {new} new, {updated} updated, {unchanged} unchanged</source>
        <translation>{file} ontvangen van {sender}: {new} nieuw, {updated} bijgewerkt, {unchanged} ongewijzigd</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/common.py" line="154"/>
        <source>kept mine</source>
        <translation>eigen versie behouden</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/common.py" line="154"/>
        <source>took theirs</source>
        <translation>hun versie overgenomen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/common.py" line="156"/>
        <source>, %n conflict(s) ({decided})</source>
        <translation>
            <numerusform>, %n conflict ({decided})</numerusform>
            <numerusform>, %n conflicten ({decided})</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange/identity_box.py" line="26"/>
        <source>This store</source>
        <translation>Deze database</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/identity_box.py" line="37"/>
        <source>This store has no exchange identity yet. Name it — a post or a contact point — to send and receive packages; Desk makes its keys.</source>
        <translation>Deze database heeft nog geen identiteit voor uitwisseling. Geef haar een naam — een post of een aanspreekpunt — om pakketten te verzenden en te ontvangen; Desk maakt de sleutels aan.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/identity_box.py" line="43"/>
        <source>&amp;Set up this store&apos;s identity…</source>
        <translation>Identiteit van deze database i&amp;nstellen…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/identity_box.py" line="57"/>
        <source>Fingerprint — read it aloud to whoever trusts this store&apos;s card:</source>
        <translation>Vingerafdruk — lees deze voor aan wie de contactkaart van deze database gaat vertrouwen:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/identity_box.py" line="68"/>
        <source>This store&apos;s fingerprint</source>
        <translation>Vingerafdruk van deze database</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/identity_box.py" line="69"/>
        <source>Save my contact &amp;card…</source>
        <translation>Mijn contactkaart op&amp;slaan…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/identity_box.py" line="70"/>
        <source>Change name or &amp;place…</source>
        <translation>Naam of &amp;plaats wijzigen…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/identity_box.py" line="89"/>
        <source>{role}, {place}</source>
        <translation>{role}, {place}</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/identity_dialogs.py" line="47"/>
        <source>This store&apos;s identity</source>
        <translation>Identiteit van deze database</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/identity_dialogs.py" line="51"/>
        <source>Posts and contact points know this store by its name and fingerprint. Changing the name or place later keeps the fingerprint, so contacts still know it.</source>
        <translation>Posten en aanspreekpunten kennen deze database aan haar naam en vingerafdruk. Wijzigt u later de naam of plaats, dan blijft de vingerafdruk gelijk en herkennen contacten haar nog steeds.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/identity_dialogs.py" line="58"/>
        <source>e.g. Embassy Yerevan or DEU contact point</source>
        <translation>bijv. Ambassade Jerevan of aanspreekpunt DEU</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/identity_dialogs.py" line="63"/>
        <source>e.g. Embassy Yerevan</source>
        <translation>bijv. Ambassade Jerevan</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/identity_dialogs.py" line="69"/>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/identity_dialogs.py" line="70"/>
        <source>&amp;Role</source>
        <translation>&amp;Rol</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/identity_dialogs.py" line="71"/>
        <location filename="../../ui/exchange/send_dialog.py" line="156"/>
        <source>&amp;Post</source>
        <translation>&amp;Post</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/identity_dialogs.py" line="72"/>
        <source>R&amp;egion</source>
        <translation>R&amp;egio</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/identity_dialogs.py" line="117"/>
        <location filename="../../ui/exchange/view.py" line="300"/>
        <source>Trust a contact card</source>
        <translation>Contactkaart vertrouwen</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/identity_dialogs.py" line="122"/>
        <source>{name}
{role}, {place}</source>
        <translation>{name}
{role}, {place}</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/identity_dialogs.py" line="131"/>
        <source>Trust this card only once its owner has read you their fingerprint in person or on the phone — never through the channel that brought the card. Type what they read:</source>
        <translation>Vertrouw deze kaart pas als de eigenaar u de vingerafdruk persoonlijk of telefonisch heeft voorgelezen — nooit via het kanaal waarlangs de kaart binnenkwam. Typ wat is voorgelezen:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/identity_dialogs.py" line="141"/>
        <source>The fingerprint its owner read to you</source>
        <translation>De vingerafdruk die de eigenaar u heeft voorgelezen</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/identity_dialogs.py" line="143"/>
        <source>Or: I compared it with its owner and it is exactly:
{fingerprint}</source>
        <translation>Of: ik heb deze met de eigenaar vergeleken en hij is precies:
{fingerprint}</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/identity_dialogs.py" line="153"/>
        <source>&amp;Trust</source>
        <translation>&amp;Vertrouwen</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/identity_dialogs.py" line="180"/>
        <source>What you typed ({fingerprint}) is not this card&apos;s fingerprint. Do not trust it: ask its owner for their card again.</source>
        <translation>Wat u typte ({fingerprint}) is niet de vingerafdruk van deze kaart. Vertrouw de kaart niet: vraag de eigenaar opnieuw om de kaart.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/receive_dialog.py" line="46"/>
        <source>Signal</source>
        <translation>Signaal</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/receive_dialog.py" line="47"/>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/receive_dialog.py" line="48"/>
        <source>Mine</source>
        <translation>Mijn versie</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/receive_dialog.py" line="49"/>
        <source>Theirs</source>
        <translation>Hun versie</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/receive_dialog.py" line="83"/>
        <source>Receive package — {file}</source>
        <translation>Pakket ontvangen — {file}</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/receive_dialog.py" line="88"/>
        <source>From {sender}, made {when}</source>
        <translation>Van {sender}, gemaakt op {when}</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/receive_dialog.py" line="100"/>
        <source>Conflicts</source>
        <translation>Conflicten</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/receive_dialog.py" line="111"/>
        <source>Receiving</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/receive_dialog.py" line="116"/>
        <source>&amp;Apply</source>
        <translation>&amp;Toepassen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/receive_dialog.py" line="126"/>
        <source>Feedback on %n of this store&apos;s signals from {sender}.</source>
        <translation>
            <numerusform>Terugkoppeling van {sender} over %n signaal van deze database.</numerusform>
            <numerusform>Terugkoppeling van {sender} over %n signalen van deze database.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange/receive_dialog.py" line="140"/>
        <source>This package was already received: receiving it again changes nothing.</source>
        <translation>Dit pakket is al ontvangen: opnieuw ontvangen verandert niets.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/receive_dialog.py" line="149"/>
        <location filename="../../ui/trade/table_model.py" line="26"/>
        <source>new</source>
        <translation>nieuw</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/receive_dialog.py" line="150"/>
        <source>updated</source>
        <translation>bijgewerkt</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/receive_dialog.py" line="151"/>
        <source>unchanged</source>
        <translation>ongewijzigd</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/receive_dialog.py" line="152"/>
        <location filename="../../ui/exchange/receive_dialog.py" line="157"/>
        <source>conflicts</source>
        <translation>conflicten</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/receive_dialog.py" line="171"/>
        <source>Both you and {sender} changed %n signal(s) since you last shared them. Decide which version each keeps:</source>
        <translation>
            <numerusform>Zowel u als {sender} heeft %n signaal gewijzigd sinds u het laatst uitwisselde. Kies welke versie blijft:</numerusform>
            <numerusform>Zowel u als {sender} heeft %n signalen gewijzigd sinds u ze laatst uitwisselde. Kies per signaal welke versie blijft:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange/receive_dialog.py" line="204"/>
        <source>Choose how to settle the conflicts first</source>
        <translation>Kies eerst hoe de conflicten worden opgelost</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/send_dialog.py" line="50"/>
        <source>Send signals</source>
        <translation>Signalen verzenden</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/send_dialog.py" line="54"/>
        <source>The package is encrypted to the recipients you tick and signed by this store: only they can open it. Desk remembers what each of them has had.</source>
        <translation>Het pakket wordt versleuteld voor de ontvangers die u aanvinkt en ondertekend door deze database: alleen zij kunnen het openen. Desk onthoudt wat elk van hen al heeft ontvangen.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/send_dialog.py" line="72"/>
        <source>Recipients</source>
        <translation>Ontvangers</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/send_dialog.py" line="75"/>
        <source>All regions</source>
        <translation>Alle regio&apos;s</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/send_dialog.py" line="78"/>
        <source>&amp;Only what they have not had yet (or changed since)</source>
        <translation>&amp;Alleen wat zij nog niet hebben ontvangen (of wat sindsdien is gewijzigd)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/send_dialog.py" line="82"/>
        <source>up to {label}</source>
        <translation>tot en met {label}</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/send_dialog.py" line="85"/>
        <source>Include TLP:&amp;RED signals whose author named exactly these recipients</source>
        <translation>TLP:&amp;RED-signalen meesturen waarvan de auteur precies deze ontvangers heeft genoemd</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/send_dialog.py" line="89"/>
        <source>Re&amp;cipients</source>
        <translation>O&amp;ntvangers</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/send_dialog.py" line="90"/>
        <source>Re&amp;gion</source>
        <translation>Re&amp;gio</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/send_dialog.py" line="92"/>
        <source>&amp;Highest TLP</source>
        <translation>&amp;Hoogste TLP</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/send_dialog.py" line="98"/>
        <location filename="../../ui/exchange/send_dialog.py" line="157"/>
        <source>&amp;Choose file…</source>
        <translation>&amp;Bestand kiezen…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/send_dialog.py" line="141"/>
        <source>Send feedback</source>
        <translation>Terugkoppeling verzenden</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/send_dialog.py" line="145"/>
        <source>Feedback tells a post, for each signal it sent, its status here and the meetings that discussed it with their decisions. It carries nothing else.</source>
        <translation>Terugkoppeling laat een post per verzonden signaal weten wat de status hier is en in welke contactmomenten het is besproken, met de besluiten. Verder bevat zij niets.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/send_dialog.py" line="152"/>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="84"/>
        <location filename="../../ui/exchange/view.py" line="226"/>
        <source>Exchange</source>
        <translation>Uitwisseling</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="102"/>
        <source>Packages</source>
        <translation>Pakketten</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="107"/>
        <source>What is not yet sent</source>
        <translation>Wat nog niet is verzonden</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="108"/>
        <source>Se&amp;nd signals…</source>
        <translation>Signalen &amp;verzenden…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="110"/>
        <source>&amp;Receive package…</source>
        <translation>Pakket &amp;ontvangen…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="112"/>
        <source>Send &amp;feedback…</source>
        <translation>&amp;Terugkoppeling verzenden…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="130"/>
        <source>&amp;Trust a contact card…</source>
        <translation>Contact&amp;kaart vertrouwen…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="132"/>
        <source>Re&amp;voke…</source>
        <translation>&amp;Intrekken…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="170"/>
        <source>No contact points to send to: trust a contact point&apos;s card first.</source>
        <translation>Geen aanspreekpunten om naar te verzenden: vertrouw eerst de contactkaart van een aanspreekpunt.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="196"/>
        <source>Set up this store&apos;s identity first</source>
        <translation>Stel eerst de identiteit van deze database in</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="199"/>
        <source>Trust a contact&apos;s card first</source>
        <translation>Vertrouw eerst de contactkaart van een contact</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="200"/>
        <source>Feedback goes to posts: trust a post&apos;s card first</source>
        <translation>Terugkoppeling gaat naar posten: vertrouw eerst de contactkaart van een post</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="254"/>
        <source>The identity was not saved</source>
        <translation>De identiteit is niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="262"/>
        <source>This store is {name}; its fingerprint is {fingerprint}</source>
        <translation>Deze database is {name}; de vingerafdruk is {fingerprint}</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="274"/>
        <source>Save this store&apos;s contact card</source>
        <translation>Contactkaart van deze database opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="289"/>
        <source>Contact card saved</source>
        <translation>Contactkaart opgeslagen</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="291"/>
        <source>Saved this store&apos;s contact card to {path}. Send it to your contact, then read them its fingerprint: {fingerprint}</source>
        <translation>De contactkaart van deze database is opgeslagen in {path}. Stuur deze naar uw contact en lees daarna de vingerafdruk voor: {fingerprint}</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="295"/>
        <source>The card was not saved</source>
        <translation>De kaart is niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="300"/>
        <location filename="../../ui/exchange/view.py" line="429"/>
        <source>All files (*)</source>
        <translation>Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="312"/>
        <source>This card cannot be trusted</source>
        <translation>Deze kaart kan niet worden vertrouwd</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="324"/>
        <source>{name} is now a trusted contact</source>
        <translation>{name} is nu een vertrouwd contact</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="328"/>
        <source>This card was not trusted</source>
        <translation>Deze kaart is niet vertrouwd</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="340"/>
        <source>Revoke a contact</source>
        <translation>Contact intrekken</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="342"/>
        <source>Stop trusting {name}? Its packages will be refused and nothing more is sent to it. To trust it again you need a new card and to compare its fingerprint.</source>
        <translation>{name} niet langer vertrouwen? Pakketten van dit contact worden dan geweigerd en er wordt niets meer naartoe verzonden. Om het opnieuw te vertrouwen zijn een nieuwe kaart en een nieuwe vergelijking van de vingerafdruk nodig.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="348"/>
        <source>&amp;Revoke</source>
        <translation>&amp;Intrekken</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="358"/>
        <source>{name} revoked</source>
        <translation>{name} ingetrokken</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="361"/>
        <source>The contact was not revoked</source>
        <translation>Het contact is niet ingetrokken</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="381"/>
        <source>Save the package</source>
        <translation>Pakket opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="395"/>
        <source>Nothing was sent</source>
        <translation>Er is niets verzonden</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="395"/>
        <location filename="../../ui/exchange/view.py" line="423"/>
        <source>No package was saved.</source>
        <translation>Er is geen pakket opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="399"/>
        <source>Package saved</source>
        <translation>Pakket opgeslagen</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="412"/>
        <source>Save the feedback</source>
        <translation>Terugkoppeling opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="418"/>
        <source>Feedback saved</source>
        <translation>Terugkoppeling opgeslagen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/view.py" line="419"/>
        <source>Feedback on %n signal(s) for {post} saved to {path}.</source>
        <translation>
            <numerusform>Terugkoppeling over %n signaal voor {post} opgeslagen in {path}.</numerusform>
            <numerusform>Terugkoppeling over %n signalen voor {post} opgeslagen in {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="423"/>
        <source>No feedback was sent</source>
        <translation>Er is geen terugkoppeling verzonden</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="429"/>
        <source>Receive a package</source>
        <translation>Pakket ontvangen</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="442"/>
        <source>New conflicts appeared since the preview: nothing was changed. Receive the package again to decide them.</source>
        <translation>Sinds het voorbeeld zijn er nieuwe conflicten ontstaan: er is niets gewijzigd. Ontvang het pakket opnieuw om erover te beslissen.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="445"/>
        <location filename="../../ui/exchange/view.py" line="447"/>
        <source>The package was not received</source>
        <translation>Het pakket is niet ontvangen</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="447"/>
        <source>Nothing was changed.</source>
        <translation>Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="473"/>
        <source>Package received</source>
        <translation>Pakket ontvangen</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="81"/>
        <source>moved from {date}</source>
        <translation>verplaatst van {date}</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="88"/>
        <source>Moved from {planned} to {now}</source>
        <translation>Verplaatst van {planned} naar {now}</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="99"/>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="101"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="116"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="118"/>
        <source>Item</source>
        <translation>Agendapunt</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="121"/>
        <source>carried over from an earlier meeting</source>
        <translation>doorgeschoven van een eerder contactmoment</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="124"/>
        <source>Minutes</source>
        <translation>Verslag</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="125"/>
        <source>Presenter</source>
        <translation>Inleider</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="194"/>
        <source>Grade</source>
        <translation>Beoordeling</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="196"/>
        <location filename="../../ui/trendlog/detail.py" line="125"/>
        <location filename="../../ui/trendlog/detail.py" line="152"/>
        <source>Observed</source>
        <translation>Waargenomen</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="198"/>
        <location filename="../../ui/trendlog/detail.py" line="156"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="210"/>
        <source>Organisation or post</source>
        <translation>Organisatie of post</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="212"/>
        <source>Attendance</source>
        <translation>Aanwezigheid</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="222"/>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="241"/>
        <source>Overdue: still open and due before {day}</source>
        <translation>Te laat: nog open, uiterste datum vóór {day}</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="245"/>
        <source>Action</source>
        <translation>Actiepunt</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="246"/>
        <source>Owners</source>
        <translation>Actiehouders</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="247"/>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="250"/>
        <source>overdue</source>
        <translation>te laat</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="257"/>
        <source>Agreed</source>
        <translation>Afgesproken</translation>
    </message>
    <message>
        <location filename="../../ui/trade/table_model.py" line="31"/>
        <source>all CHPI goods</source>
        <translation>alle CHPI-goederen</translation>
    </message>
    <message>
        <location filename="../../ui/trade/table_model.py" line="34"/>
        <source>tier {tier}</source>
        <translation>tier {tier}</translation>
    </message>
    <message>
        <location filename="../../ui/trade/table_model.py" line="60"/>
        <source>HS code</source>
        <translation>HS-code</translation>
    </message>
    <message>
        <location filename="../../ui/trade/table_model.py" line="61"/>
        <source>Flow</source>
        <translation>Stroom</translation>
    </message>
    <message>
        <location filename="../../ui/trade/table_model.py" line="62"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location filename="../../ui/trade/table_model.py" line="64"/>
        <source>Baseline</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location filename="../../ui/trade/table_model.py" line="69"/>
        <source>Current</source>
        <translation>Huidig</translation>
    </message>
    <message>
        <location filename="../../ui/trade/table_model.py" line="77"/>
        <source>Growth</source>
        <translation>Groei</translation>
    </message>
    <message>
        <location filename="../../ui/trade/table_model.py" line="81"/>
        <source>Excess</source>
        <translation>Meer dan basis</translation>
    </message>
    <message>
        <location filename="../../ui/trade/table_model.py" line="86"/>
        <source>Spike z</source>
        <translation>Piek (z)</translation>
    </message>
    <message>
        <location filename="../../ui/trade/table_model.py" line="94"/>
        <source>Mirror</source>
        <translation>Spiegelwaarde</translation>
    </message>
    <message>
        <location filename="../../ui/trade/table_model.py" line="97"/>
        <source>What the other side reports for the same period</source>
        <translation>Wat de andere kant over dezelfde periode rapporteert</translation>
    </message>
    <message>
        <location filename="../../ui/trade/table_model.py" line="103"/>
        <source>Flag</source>
        <translation>Markering</translation>
    </message>
    <message>
        <location filename="../../ui/trade/table_model.py" line="104"/>
        <source>flagged</source>
        <translation>gemarkeerd</translation>
    </message>
    <message>
        <location filename="../../ui/trade/table_model.py" line="121"/>
        <source>{reporter} exports to {partner}</source>
        <translation>{reporter} voert uit naar {partner}</translation>
    </message>
    <message>
        <location filename="../../ui/trade/table_model.py" line="124"/>
        <source>{reporter} imports from {partner}</source>
        <translation>{reporter} voert in uit {partner}</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/commands.py" line="46"/>
        <source>edit of “{title}”</source>
        <translation>bewerking van “{title}”</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/commands.py" line="92"/>
        <source>archiving of %n signal(s)</source>
        <translation>archiveren van signalen (%n)</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/commands.py" line="94"/>
        <source>status change of %n signal(s)</source>
        <translation>statuswijziging van signalen (%n)</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/detail.py" line="50"/>
        <source>Received from {sender} on {date}</source>
        <translation>Ontvangen van {sender} op {date}</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/detail.py" line="54"/>
        <source>Received from {sender}</source>
        <translation>Ontvangen van {sender}</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/detail.py" line="58"/>
        <source>; logged by {who}</source>
        <translation>; vastgelegd door {who}</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/detail.py" line="68"/>
        <source>Feedback from {contact}: {status}</source>
        <translation>Terugkoppeling van {contact}: {status}</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/detail.py" line="70"/>
        <source>at the {region} meeting of {date}</source>
        <translation>in het contactmoment {region} van {date}</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/detail.py" line="74"/>
        <source>; decisions: {decisions}</source>
        <translation>; besluiten: {decisions}</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/detail.py" line="101"/>
        <source>Chatham House: the source is never exported</source>
        <translation>Chatham House: de bron wordt nooit geëxporteerd</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/detail.py" line="103"/>
        <source>tier</source>
        <translation>tier</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/detail.py" line="103"/>
        <source>not on the CHPI list</source>
        <translation>niet op de CHPI-lijst</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/detail.py" line="131"/>
        <location filename="../../ui/trendlog/detail.py" line="165"/>
        <source>Kind of source</source>
        <translation>Soort bron</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/detail.py" line="132"/>
        <location filename="../../ui/trendlog/detail.py" line="161"/>
        <source>HS codes</source>
        <translation>HS-codes</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/detail.py" line="133"/>
        <location filename="../../ui/trendlog/detail.py" line="164"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/detail.py" line="135"/>
        <source>Logged</source>
        <translation>Vastgelegd</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/detail.py" line="143"/>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/detail.py" line="155"/>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/detail.py" line="158"/>
        <source>Source link</source>
        <translation>Link naar de bron</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/detail.py" line="159"/>
        <source>Reliability</source>
        <translation>Betrouwbaarheid</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/detail.py" line="160"/>
        <source>Credibility</source>
        <translation>Geloofwaardigheid</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/detail.py" line="163"/>
        <source>Chatham House</source>
        <translation>Chatham House</translation>
    </message>
    <message>
        <location filename="../../ui/countries/history.py" line="37"/>
        <source>Directorate</source>
        <translation>Directie</translation>
    </message>
    <message>
        <location filename="../../ui/countries/history.py" line="44"/>
        <location filename="../../ui/countries/history.py" line="46"/>
        <location filename="../../ui/trendlog/detail.py" line="174"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location filename="../../ui/countries/history.py" line="62"/>
        <location filename="../../ui/trendlog/detail.py" line="189"/>
        <source>No changes recorded.</source>
        <translation>Geen wijzigingen vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="45"/>
        <source>Search syntax</source>
        <translation>Zoeksyntaxis</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="47"/>
        <source>Type words to search titles, summaries, sources and tags (the last word also matches as a prefix; &quot;quoted phrases&quot;; -word excludes).

Filters:
  country:TH or country:Armenië   region:DAO
  hs:8542   tier:1 (or tier:3, tier:3.A)
  tlp:red   tlp:&lt;=amber
  grade:&lt;=B2   grade:A1   grade:&gt;=C
  status:new   category:finance   tag:crypto   chr:yes
  since:2026-10-01   until:2026-10-31

Several values: country:TH,AE</source>
        <translation>Typ woorden om te zoeken in titels, samenvattingen, bronnen en tags (het laatste woord telt ook als begin van een woord; &quot;woordgroepen tussen aanhalingstekens&quot;; -woord sluit uit).

Filters (in het Engels):
  country:TH of country:Armenië   region:DAO
  hs:8542   tier:1 (of tier:3, tier:3.A)
  tlp:red   tlp:&lt;=amber
  grade:&lt;=B2   grade:A1   grade:&gt;=C
  status:new   category:finance   tag:crypto   chr:yes
  since:2026-10-01   until:2026-10-31

Meerdere waarden: country:TH,AE</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="67"/>
        <source>About Desk</source>
        <translation>Over Desk</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="69"/>
        <source>&lt;h3&gt;Desk {version}&lt;/h3&gt;&lt;p&gt;Trend log, meetings, country profiles and briefings of the sanctions policy unit.&lt;/p&gt;&lt;p&gt;Qt {qt} · PySide6 {pyside} · SQLite {sqlite} (SQLCipher) · Python {python}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Desk {version}&lt;/h3&gt;&lt;p&gt;Trendoverzicht, contactmomenten, landenprofielen en briefings van de eenheid sanctiebeleid.&lt;/p&gt;&lt;p&gt;Qt {qt} · PySide6 {pyside} · SQLite {sqlite} (SQLCipher) · Python {python}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="109"/>
        <location filename="../../ui/help.py" line="117"/>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="111"/>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="111"/>
        <source>What they do</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/export_dialog.py" line="97"/>
        <source>Exported {n} signal(s) to {path} ({tlp}, {marking}).</source>
        <translation>Signalen geëxporteerd naar {path}: {n} ({tlp}, {marking}).</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/export_dialog.py" line="101"/>
        <source>Left out above {max}: {what}.</source>
        <translation>Weggelaten boven {max}: {what}.</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/export_dialog.py" line="105"/>
        <source>Source withheld for %n Chatham House signal(s).</source>
        <translation>Bron achtergehouden bij Chatham House-signalen: %n.</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/export_dialog.py" line="106"/>
        <source>The file is not encrypted.</source>
        <translation>Het bestand is niet versleuteld.</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="265"/>
        <source>Record an action</source>
        <translation>Actiepunt vastleggen</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="266"/>
        <source>&amp;Action:</source>
        <translation>&amp;Actiepunt:</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="268"/>
        <source>&amp;Owners:</source>
        <translation>Actie&amp;houders:</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="269"/>
        <source>names, separated by ;</source>
        <translation>namen, gescheiden door ;</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="270"/>
        <source>&amp;Due on:</source>
        <translation>&amp;Uiterlijk op:</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="272"/>
        <source>Due date</source>
        <translation>Uiterste datum</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="276"/>
        <source>A&amp;genda item:</source>
        <translation>A&amp;gendapunt:</translation>
    </message>
</context>
<context>
    <name>ActionsView</name>
    <message>
        <location filename="../../ui/meetings/actions_view.py" line="37"/>
        <source>Which actions</source>
        <translation>Welke actiepunten</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/actions_view.py" line="41"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/actions_view.py" line="42"/>
        <source>Mine (open)</source>
        <translation>Van mij (open)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/actions_view.py" line="43"/>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/actions_view.py" line="44"/>
        <source>Done or dropped</source>
        <translation>Afgerond of vervallen</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/actions_view.py" line="45"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/actions_view.py" line="51"/>
        <source>Owner</source>
        <translation>Actiehouder</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/actions_view.py" line="54"/>
        <source>Actions</source>
        <translation>Actiepunten</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/actions_view.py" line="56"/>
        <source>Done</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/actions_view.py" line="57"/>
        <source>Dropped</source>
        <translation>Vervallen</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/actions_view.py" line="58"/>
        <source>Open again</source>
        <translation>Heropenen</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/actions_view.py" line="65"/>
        <source>Show:</source>
        <translation>Tonen:</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/actions_view.py" line="67"/>
        <source>Owner:</source>
        <translation>Actiehouder:</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/actions_view.py" line="85"/>
        <source>Actions — {region}</source>
        <translation>Actiepunten — {region}</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/actions_view.py" line="87"/>
        <source>Actions — all regions</source>
        <translation>Actiepunten — alle regio&apos;s</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/actions_view.py" line="133"/>
        <source>anyone</source>
        <translation>iedereen</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/actions_view.py" line="142"/>
        <source>{n} action(s), {overdue} overdue</source>
        <translation>Actiepunten: {n}, waarvan te laat: {overdue}</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/actions_view.py" line="145"/>
        <source>Overdue: still open and due before today ({day})</source>
        <translation>Te laat: nog open, uiterste datum vóór vandaag ({day})</translation>
    </message>
</context>
<context>
    <name>AddSignalsDialog</name>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="297"/>
        <source>Add signals to item 1</source>
        <translation>Signalen toevoegen aan agendapunt 1</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="300"/>
        <source>Search the trend log, e.g. chips since:2026-09-01</source>
        <translation>Zoeken in het trendoverzicht, bijv. chips since:2026-09-01</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="301"/>
        <source>Search signals to add</source>
        <translation>Zoeken naar signalen om toe te voegen</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="308"/>
        <source>Matching signals</source>
        <translation>Gevonden signalen</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="310"/>
        <source>&amp;Add selected</source>
        <translation>Selectie &amp;toevoegen</translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <location filename="../../ui/meetings/agenda_panel.py" line="26"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_panel.py" line="36"/>
        <source>&amp;Add item…</source>
        <translation>Agendapunt &amp;toevoegen…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_panel.py" line="37"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_panel.py" line="38"/>
        <source>Up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_panel.py" line="39"/>
        <source>Down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_panel.py" line="40"/>
        <source>Move to next meeting</source>
        <translation>Doorschuiven</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_panel.py" line="41"/>
        <source>Duplicate in next</source>
        <translation>Ook in volgende</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_panel.py" line="42"/>
        <location filename="../../ui/meetings/agenda_panel.py" line="44"/>
        <source>Minutes of the selected item</source>
        <translation>Verslag van het geselecteerde agendapunt</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_panel.py" line="60"/>
        <source>Signals under item 1</source>
        <translation>Signalen bij agendapunt 1</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_panel.py" line="67"/>
        <source>Add signals…</source>
        <translation>Signalen toevoegen…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_panel.py" line="68"/>
        <source>Take off item 1</source>
        <translation>Weghalen bij agendapunt 1</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_panel.py" line="102"/>
        <source>{total} of {available} min</source>
        <translation>{total} van {available} min.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_panel.py" line="105"/>
        <source> — {n} min over</source>
        <translation> — {n} min. te veel</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_panel.py" line="111"/>
        <source>Item 1 — signals logged or updated since the previous meeting, best graded first ({n})</source>
        <translation>Agendapunt 1 — signalen vastgelegd of bijgewerkt sinds het vorige contactmoment, best beoordeelde eerst ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_panel.py" line="143"/>
        <source>Minutes — {n}. {title}</source>
        <translation>Verslag — {n}. {title}</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_panel.py" line="215"/>
        <source>Moved to the next meeting</source>
        <translation>Verplaatst naar het volgende contactmoment</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_panel.py" line="223"/>
        <source>Copied to the next meeting</source>
        <translation>Gekopieerd naar het volgende contactmoment</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_panel.py" line="281"/>
        <source>Minutes</source>
        <translation>Verslag</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../ui/controller.py" line="194"/>
        <source>Desk</source>
        <translation>Desk</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <location filename="../../ui/trendlog/table_model.py" line="404"/>
        <source>Re-export</source>
        <translation>Wederuitvoer</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/table_model.py" line="405"/>
        <source>Finance</source>
        <translation>Financieel</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/table_model.py" line="406"/>
        <source>Legal</source>
        <translation>Juridisch</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/table_model.py" line="407"/>
        <source>Enforcement</source>
        <translation>Handhaving</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/table_model.py" line="408"/>
        <source>Diplomatic</source>
        <translation>Diplomatiek</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/table_model.py" line="409"/>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
</context>
<context>
    <name>ChangeKeyDialog</name>
    <message>
        <location filename="../../ui/preferences.py" line="126"/>
        <source>Change how the store is unlocked</source>
        <translation>Wijzigen hoe de database wordt ontgrendeld</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="130"/>
        <source>The store is re-encrypted with a new key. The old passphrase or key stops working at once; existing backups keep the old one.</source>
        <translation>De database wordt opnieuw versleuteld met een nieuwe sleutel. De oude wachtwoordzin of sleutel werkt direct niet meer; bestaande back-ups houden de oude.</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="135"/>
        <source>A new key in this computer&apos;s keyring</source>
        <translation>Een nieuwe sleutel in de wachtwoordkluis van deze computer</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="136"/>
        <source>A new passphrase</source>
        <translation>Een nieuwe wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="149"/>
        <source>New passphrase</source>
        <translation>Nieuwe wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="150"/>
        <source>Repeat new passphrase</source>
        <translation>Nieuwe wachtwoordzin herhalen</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="153"/>
        <source>New &amp;passphrase:</source>
        <translation>Nieuwe &amp;wachtwoordzin:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="154"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Herhalen:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="183"/>
        <source>The two passphrases differ</source>
        <translation>De twee wachtwoordzinnen verschillen</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="186"/>
        <source>Too short</source>
        <translation>Te kort</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="187"/>
        <source>Weak</source>
        <translation>Zwak</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="188"/>
        <source>Fair</source>
        <translation>Redelijk</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="189"/>
        <source>Strong</source>
        <translation>Sterk</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="45"/>
        <source>Changed by someone else</source>
        <translation>Gewijzigd door iemand anders</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="47"/>
        <source>someone else</source>
        <translation>iemand anders</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="48"/>
        <source>meanwhile</source>
        <translation>intussen</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="51"/>
        <source>{what} was changed by {who} at {when} since you opened it. Nothing was saved; your edit is still open.</source>
        <translation>{what} is gewijzigd door {who} ({when}) nadat u het opende. Er is niets opgeslagen; uw bewerking staat nog open.</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="59"/>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="59"/>
        <source>Yours</source>
        <translation>Uw versie</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="59"/>
        <source>Theirs</source>
        <translation>Hun versie</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="70"/>
        <source>Your values and theirs</source>
        <translation>Uw waarden en die van de ander</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="80"/>
        <source>&amp;Reload theirs</source>
        <translation>Hun versie &amp;laden</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="81"/>
        <source>Discard your edit and show what is stored now</source>
        <translation>Uw bewerking verwerpen en tonen wat nu is opgeslagen</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="85"/>
        <source>&amp;Keep editing</source>
        <translation>&amp;Verder bewerken</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="86"/>
        <source>Go on with your edit; saving again replaces their values with yours</source>
        <translation>Ga verder met uw bewerking; opnieuw opslaan vervangt hun waarden door de uwe</translation>
    </message>
</context>
<context>
    <name>ContactPointDialog</name>
    <message>
        <location filename="../../ui/countries/contact_point_dialog.py" line="37"/>
        <source>Contact point of {country}</source>
        <translation>Aanspreekpunt van {country}</translation>
    </message>
    <message>
        <location filename="../../ui/countries/contact_point_dialog.py" line="41"/>
        <source>From the chosen day on, {country} is on the agendas and in the briefings of the chosen contact point. Meetings before that day keep who had it then.</source>
        <translation>Vanaf de gekozen dag staat {country} op de agenda&apos;s en in de briefings van het gekozen aanspreekpunt. Contactmomenten vóór die dag houden het aanspreekpunt dat het land toen had.</translation>
    </message>
    <message>
        <location filename="../../ui/countries/contact_point_dialog.py" line="48"/>
        <source>Contact point</source>
        <translation>Aanspreekpunt</translation>
    </message>
    <message>
        <location filename="../../ui/countries/contact_point_dialog.py" line="56"/>
        <source>From</source>
        <translation>Vanaf</translation>
    </message>
    <message>
        <location filename="../../ui/countries/contact_point_dialog.py" line="58"/>
        <source>&amp;Contact point:</source>
        <translation>&amp;Aanspreekpunt:</translation>
    </message>
    <message>
        <location filename="../../ui/countries/contact_point_dialog.py" line="59"/>
        <source>&amp;From:</source>
        <translation>&amp;Vanaf:</translation>
    </message>
    <message>
        <location filename="../../ui/countries/contact_point_dialog.py" line="62"/>
        <source>from {day}: {name}</source>
        <translation>vanaf {day}: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/countries/contact_point_dialog.py" line="68"/>
        <source>Never reassigned: the directorate&apos;s default contact point.</source>
        <translation>Nooit opnieuw toegewezen: het standaardaanspreekpunt van de directie.</translation>
    </message>
    <message>
        <location filename="../../ui/countries/contact_point_dialog.py" line="71"/>
        <source>Assignments so far</source>
        <translation>Toewijzingen tot nu toe</translation>
    </message>
    <message>
        <location filename="../../ui/countries/contact_point_dialog.py" line="76"/>
        <source>Assignments so far:</source>
        <translation>Toewijzingen tot nu toe:</translation>
    </message>
    <message>
        <location filename="../../ui/countries/contact_point_dialog.py" line="109"/>
        <source>{country} belongs to {point} from {day}</source>
        <translation>{country} valt vanaf {day} onder {point}</translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <location filename="../../ui/countries/common.py" line="25"/>
        <source>neighbour / transit</source>
        <translation>buurland / doorvoer</translation>
    </message>
    <message>
        <location filename="../../ui/countries/common.py" line="26"/>
        <source>trade hub</source>
        <translation>handelsknooppunt</translation>
    </message>
    <message>
        <location filename="../../ui/countries/common.py" line="27"/>
        <source>finance hub</source>
        <translation>financieel knooppunt</translation>
    </message>
    <message>
        <location filename="../../ui/countries/common.py" line="28"/>
        <source>pragmatic partner</source>
        <translation>pragmatische partner</translation>
    </message>
    <message>
        <location filename="../../ui/countries/common.py" line="29"/>
        <source>producer</source>
        <translation>producent</translation>
    </message>
    <message>
        <location filename="../../ui/countries/common.py" line="30"/>
        <location filename="../../ui/countries/common.py" line="42"/>
        <source>other</source>
        <translation>overig</translation>
    </message>
    <message>
        <location filename="../../ui/countries/common.py" line="33"/>
        <source>low</source>
        <translation>laag</translation>
    </message>
    <message>
        <location filename="../../ui/countries/common.py" line="34"/>
        <source>medium</source>
        <translation>gemiddeld</translation>
    </message>
    <message>
        <location filename="../../ui/countries/common.py" line="35"/>
        <source>high</source>
        <translation>hoog</translation>
    </message>
    <message>
        <location filename="../../ui/countries/common.py" line="36"/>
        <source>very high</source>
        <translation>zeer hoog</translation>
    </message>
    <message>
        <location filename="../../ui/countries/common.py" line="39"/>
        <source>expert panel</source>
        <translation>expertpanel</translation>
    </message>
    <message>
        <location filename="../../ui/countries/common.py" line="40"/>
        <source>hackathon</source>
        <translation>hackathon</translation>
    </message>
    <message>
        <location filename="../../ui/countries/common.py" line="41"/>
        <source>academic collaboration</source>
        <translation>academische samenwerking</translation>
    </message>
    <message>
        <location filename="../../ui/countries/common.py" line="45"/>
        <source>idea</source>
        <translation>idee</translation>
    </message>
    <message>
        <location filename="../../ui/countries/common.py" line="46"/>
        <source>planned</source>
        <translation>gepland</translation>
    </message>
    <message>
        <location filename="../../ui/countries/common.py" line="47"/>
        <source>held</source>
        <translation>gehouden</translation>
    </message>
    <message>
        <location filename="../../ui/countries/common.py" line="48"/>
        <source>evaluated</source>
        <translation>geëvalueerd</translation>
    </message>
    <message>
        <location filename="../../ui/countries/events_view.py" line="43"/>
        <source>Mark planned</source>
        <translation>Als gepland markeren</translation>
    </message>
    <message>
        <location filename="../../ui/countries/events_view.py" line="44"/>
        <source>Mark held</source>
        <translation>Als gehouden markeren</translation>
    </message>
    <message>
        <location filename="../../ui/countries/events_view.py" line="45"/>
        <source>Mark evaluated</source>
        <translation>Als geëvalueerd markeren</translation>
    </message>
    <message>
        <location filename="../../ui/countries/events_view.py" line="135"/>
        <source>Knowledge exchange — {region}</source>
        <translation>Kennisuitwisseling — {region}</translation>
    </message>
    <message>
        <location filename="../../ui/countries/events_view.py" line="136"/>
        <source>Knowledge exchange — all regions</source>
        <translation>Kennisuitwisseling — alle regio&apos;s</translation>
    </message>
    <message>
        <location filename="../../ui/countries/view.py" line="202"/>
        <source>Countries — {region}</source>
        <translation>Landen — {region}</translation>
    </message>
    <message>
        <location filename="../../ui/countries/view.py" line="203"/>
        <source>Countries — all regions</source>
        <translation>Landen — alle regio&apos;s</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="247"/>
        <source>Record a decision</source>
        <translation>Besluit vastleggen</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="248"/>
        <source>&amp;Decision:</source>
        <translation>&amp;Besluit:</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="250"/>
        <source>&amp;Agenda item:</source>
        <translation>&amp;Agendapunt:</translation>
    </message>
</context>
<context>
    <name>DocumentJob</name>
    <message>
        <location filename="../../ui/documents/job.py" line="71"/>
        <location filename="../../ui/documents/job.py" line="110"/>
        <source>Collecting the content…</source>
        <translation>Inhoud verzamelen…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/job.py" line="71"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../ui/documents/job.py" line="108"/>
        <source>Laying out the pages…</source>
        <translation>Pagina&apos;s opmaken…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/job.py" line="143"/>
        <source>Not prepared: {why}</source>
        <translation>Niet opgesteld: {why}</translation>
    </message>
</context>
<context>
    <name>DocumentOptionsDialog</name>
    <message>
        <location filename="../../ui/documents/options_dialog.py" line="60"/>
        <source>Regional contact point — everything</source>
        <translation>Regionaal aanspreekpunt — alles</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options_dialog.py" line="61"/>
        <source>Directorate — without TLP:RED</source>
        <translation>Directie — zonder TLP:RED</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options_dialog.py" line="62"/>
        <source>External — TLP:GREEN and CLEAR only, no names</source>
        <translation>Extern — alleen TLP:GREEN en CLEAR, geen namen</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options_dialog.py" line="68"/>
        <source>Audience</source>
        <translation>Doelgroep</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options_dialog.py" line="74"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options_dialog.py" line="79"/>
        <source>Marking</source>
        <translation>Rubricering</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options_dialog.py" line="82"/>
        <source>Follows the audience: the highest marking for the contact point and a directorate, the lowest for external readers; you may choose another. The list is set in Preferences. Stg. markings are refused: the local store is not accredited for state secrets.</source>
        <translation>Volgt de doelgroep: de hoogste rubricering voor het aanspreekpunt en een directie, de laagste voor externe lezers; u kunt een andere kiezen. De lijst stelt u in bij Voorkeuren. Stg.-rubriceringen worden geweigerd: de lokale database is niet geaccrediteerd voor staatsgeheimen.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options_dialog.py" line="94"/>
        <source>&amp;Audience</source>
        <translation>&amp;Doelgroep</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options_dialog.py" line="95"/>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options_dialog.py" line="96"/>
        <source>&amp;Marking</source>
        <translation>&amp;Rubricering</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options_dialog.py" line="98"/>
        <source>Pass&amp;word</source>
        <translation>&amp;Wachtwoord</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options_dialog.py" line="99"/>
        <source>&amp;Repeat</source>
        <translation>&amp;Herhalen</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options_dialog.py" line="101"/>
        <source>&amp;Prepare</source>
        <translation>&amp;Opstellen</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options_dialog.py" line="112"/>
        <source>Protect the PDF with a password (AES-256)</source>
        <translation>De pdf met een wachtwoord beveiligen (AES-256)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options_dialog.py" line="113"/>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options_dialog.py" line="114"/>
        <source>Repeat the password</source>
        <translation>Wachtwoord herhalen</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options_dialog.py" line="149"/>
        <source>Type a password, or untick the box.</source>
        <translation>Typ een wachtwoord of vink het vakje uit.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options_dialog.py" line="151"/>
        <source>The two passwords differ.</source>
        <translation>De twee wachtwoorden verschillen.</translation>
    </message>
</context>
<context>
    <name>DocumentPreviewDialog</name>
    <message>
        <location filename="../../ui/documents/preview_dialog.py" line="45"/>
        <source>Preview — {name}</source>
        <translation>Voorbeeld — {name}</translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview_dialog.py" line="57"/>
        <source>Document preview</source>
        <translation>Voorbeeld van het document</translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview_dialog.py" line="62"/>
        <source>{tlp} · {audience} · {lang} · {marking} · {pages} pages{protected}</source>
        <translation>{tlp} · {audience} · {lang} · {marking} · {pages} pagina&apos;s{protected}</translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview_dialog.py" line="68"/>
        <source> · password on saving</source>
        <translation> · wachtwoord bij opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview_dialog.py" line="89"/>
        <source>Zoom out</source>
        <translation>Uitzoomen</translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview_dialog.py" line="91"/>
        <source>Zoom in</source>
        <translation>Inzoomen</translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview_dialog.py" line="93"/>
        <source>Fit width</source>
        <translation>Paginabreedte</translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview_dialog.py" line="95"/>
        <source>&amp;Save…</source>
        <translation>&amp;Opslaan…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview_dialog.py" line="98"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview_dialog.py" line="126"/>
        <source>Page {page} of {pages}</source>
        <translation>Pagina {page} van {pages}</translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview_dialog.py" line="147"/>
        <source>Save the document</source>
        <translation>Document opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview_dialog.py" line="147"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview_dialog.py" line="157"/>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview_dialog.py" line="170"/>
        <source>Saved to {path} and recorded (SHA-256 {digest}…).</source>
        <translation>Opgeslagen in {path} en vastgelegd (SHA-256 {digest}…).</translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview_dialog.py" line="180"/>
        <source>The file could not be written: {why}. Nothing was saved.</source>
        <translation>Het bestand kon niet worden geschreven: {why}. Er is niets opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview_dialog.py" line="183"/>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
</context>
<context>
    <name>EventTimeline</name>
    <message>
        <location filename="../../ui/countries/timeline.py" line="36"/>
        <source>Timeline of knowledge-exchange events</source>
        <translation>Tijdlijn van kennisuitwisselingsactiviteiten</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../../ui/exchange/common.py" line="24"/>
        <source>post</source>
        <translation>post</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/common.py" line="25"/>
        <source>contact point</source>
        <translation>aanspreekpunt</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/common.py" line="27"/>
        <source>Desk exchange package (*.deskx)</source>
        <translation>Desk-uitwisselingspakket (*.deskx)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/common.py" line="28"/>
        <source>Desk contact card (*.card)</source>
        <translation>Desk-contactkaart (*.card)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/receive_dialog.py" line="58"/>
        <source>&amp;Stop: receive nothing until the conflicts are settled</source>
        <translation>&amp;Stoppen: niets ontvangen tot de conflicten zijn opgelost</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/receive_dialog.py" line="62"/>
        <source>&amp;Keep mine for the conflicting signals, receive the rest</source>
        <translation>&amp;Eigen versie houden voor de signalen met een conflict, de rest ontvangen</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/receive_dialog.py" line="66"/>
        <source>&amp;Take theirs for the conflicting signals (mine stay in the history)</source>
        <translation>&amp;Hun versie overnemen voor de signalen met een conflict (de eigen versie blijft in de geschiedenis)</translation>
    </message>
</context>
<context>
    <name>ExportOptionsDialog</name>
    <message>
        <location filename="../../ui/trendlog/export_dialog.py" line="35"/>
        <source>Export signals</source>
        <translation>Signalen exporteren</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/export_dialog.py" line="39"/>
        <source>The file will not be encrypted: anyone who has a copy can read it. Signals above the TLP you choose are left out; the file is marked with its marking and the highest TLP it holds.</source>
        <translation>Het bestand wordt niet versleuteld: iedereen met een kopie kan het lezen. Signalen boven het gekozen TLP-niveau worden weggelaten; het bestand krijgt de rubricering en het hoogste TLP-niveau dat het bevat.</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/export_dialog.py" line="49"/>
        <source>up to {label}</source>
        <translation>tot en met {label}</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/export_dialog.py" line="51"/>
        <source>Highest TLP to include</source>
        <translation>Hoogste TLP-niveau om op te nemen</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/export_dialog.py" line="56"/>
        <source>Marking</source>
        <translation>Rubricering</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/export_dialog.py" line="57"/>
        <source>The list is set in Preferences.</source>
        <translation>De lijst stelt u in bij Voorkeuren.</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/export_dialog.py" line="61"/>
        <source>TLP:RED is for its named recipients only, with no further disclosure: export it only for such a person, and keep the file somewhere encrypted.</source>
        <translation>TLP:RED is alleen voor de genoemde ontvangers, zonder verdere verspreiding: exporteer het alleen voor zo iemand en bewaar het bestand versleuteld.</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/export_dialog.py" line="71"/>
        <source>&amp;Include signals</source>
        <translation>Signalen &amp;opnemen</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/export_dialog.py" line="72"/>
        <source>&amp;Marking</source>
        <translation>&amp;Rubricering</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/export_dialog.py" line="74"/>
        <source>&amp;Choose file…</source>
        <translation>&amp;Bestand kiezen…</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../ui/trendlog/import_wizard.py" line="83"/>
        <source>Choose a file</source>
        <translation>Bestand kiezen</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/import_wizard.py" line="86"/>
        <source>A .csv or .xlsx file with a header row in Desk&apos;s import format. The whole file is checked first; if any row is wrong, nothing is imported.</source>
        <translation>Een .csv- of .xlsx-bestand met een kopregel in het importformaat van Desk. Eerst wordt het hele bestand gecontroleerd; is een rij onjuist, dan wordt er niets geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/import_wizard.py" line="91"/>
        <source>File to import</source>
        <translation>Te importeren bestand</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/import_wizard.py" line="92"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/import_wizard.py" line="104"/>
        <source>Import signals</source>
        <translation>Signalen importeren</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/import_wizard.py" line="104"/>
        <source>Signal files (*.csv *.xlsx)</source>
        <translation>Signaalbestanden (*.csv *.xlsx)</translation>
    </message>
</context>
<context>
    <name>FilterChips</name>
    <message>
        <location filename="../../ui/trendlog/chips.py" line="49"/>
        <source>Show only signals of this category</source>
        <translation>Alleen signalen van deze categorie tonen</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/chips.py" line="57"/>
        <source>Show only signals with this status</source>
        <translation>Alleen signalen met deze status tonen</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/chips.py" line="64"/>
        <source>grade {bound}</source>
        <translation>beoordeling {bound}</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/chips.py" line="66"/>
        <source>Show only signals graded this well or better (one grade at a time)</source>
        <translation>Alleen signalen met deze beoordeling of beter tonen (één beoordeling tegelijk)</translation>
    </message>
</context>
<context>
    <name>FlowChart</name>
    <message>
        <location filename="../../ui/trade/chart.py" line="29"/>
        <source>Monthly values of the chosen flow</source>
        <translation>Maandwaarden van de gekozen stroom</translation>
    </message>
    <message>
        <location filename="../../ui/trade/chart.py" line="58"/>
        <source>Baseline {years}</source>
        <translation>Basis {years}</translation>
    </message>
    <message>
        <location filename="../../ui/trade/chart.py" line="63"/>
        <source>Baseline level</source>
        <translation>Basisniveau</translation>
    </message>
    <message>
        <location filename="../../ui/trade/chart.py" line="72"/>
        <source>Value ({currency})</source>
        <translation>Waarde ({currency})</translation>
    </message>
</context>
<context>
    <name>Grades</name>
    <message>
        <location filename="../../ui/trendlog/edit_dialog.py" line="38"/>
        <source>completely reliable</source>
        <translation>volledig betrouwbaar</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/edit_dialog.py" line="39"/>
        <source>usually reliable</source>
        <translation>meestal betrouwbaar</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/edit_dialog.py" line="40"/>
        <source>fairly reliable</source>
        <translation>redelijk betrouwbaar</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/edit_dialog.py" line="41"/>
        <source>not usually reliable</source>
        <translation>meestal niet betrouwbaar</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/edit_dialog.py" line="42"/>
        <source>unreliable</source>
        <translation>onbetrouwbaar</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/edit_dialog.py" line="43"/>
        <source>reliability cannot be judged</source>
        <translation>betrouwbaarheid niet te beoordelen</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/edit_dialog.py" line="46"/>
        <source>confirmed by other sources</source>
        <translation>bevestigd door andere bronnen</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/edit_dialog.py" line="47"/>
        <source>probably true</source>
        <translation>waarschijnlijk juist</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/edit_dialog.py" line="48"/>
        <source>possibly true</source>
        <translation>mogelijk juist</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/edit_dialog.py" line="49"/>
        <source>doubtful</source>
        <translation>twijfelachtig</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/edit_dialog.py" line="50"/>
        <source>improbable</source>
        <translation>onwaarschijnlijk</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/edit_dialog.py" line="51"/>
        <source>truth cannot be judged</source>
        <translation>juistheid niet te beoordelen</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/edit_dialog.py" line="54"/>
        <source>anyone</source>
        <translation>iedereen</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/edit_dialog.py" line="55"/>
        <source>the recipient&apos;s community, not public channels</source>
        <translation>de kring van de ontvanger, niet via openbare kanalen</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/edit_dialog.py" line="56"/>
        <source>the recipient&apos;s organisation and its clients, need to know</source>
        <translation>de organisatie van de ontvanger en haar klanten, op need-to-knowbasis</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/edit_dialog.py" line="59"/>
        <source>the recipient&apos;s own organisation only</source>
        <translation>alleen de eigen organisatie van de ontvanger</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/edit_dialog.py" line="60"/>
        <source>only the named recipients</source>
        <translation>alleen de genoemde ontvangers</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/trendlog/import_wizard.py" line="299"/>
        <source>Import signals</source>
        <translation>Signalen importeren</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="157"/>
        <source>New agenda item</source>
        <translation>Nieuw agendapunt</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="159"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="160"/>
        <source>&amp;Minutes:</source>
        <translation>&amp;Verslag:</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="163"/>
        <source>&amp;Presenter:</source>
        <translation>&amp;Inleider:</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="165"/>
        <source>&amp;Shareable with external readers</source>
        <translation>&amp;Deelbaar met externe lezers</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="166"/>
        <source>Shareable with external readers</source>
        <translation>Deelbaar met externe lezers</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="169"/>
        <source>Documents for external readers show this item&apos;s title. Unticked, they show the item without its title.</source>
        <translation>Documenten voor externe lezers tonen de titel van dit agendapunt. Niet aangevinkt: zij tonen het agendapunt zonder titel.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="176"/>
        <source>Agenda item</source>
        <translation>Agendapunt</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="192"/>
        <source>Standing items are shown to external readers under their standing titles.</source>
        <translation>Vaste agendapunten worden aan externe lezers getoond onder hun vaste titel.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="44"/>
        <source>contact point</source>
        <translation>aanspreekpunt</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="45"/>
        <source>post</source>
        <translation>post</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="46"/>
        <source>reader</source>
        <translation>lezer</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="53"/>
        <source>Team database {db} on {server} · as {user}</source>
        <translation>Teamdatabase {db} op {server} · als {user}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="108"/>
        <source>Store</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="110"/>
        <source>Lock state</source>
        <translation>Vergrendelstatus</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="114"/>
        <source>Working</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="130"/>
        <source>Waiting for another Desk process to finish writing…</source>
        <translation>Wachten tot een ander Desk-proces klaar is met schrijven…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="169"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="173"/>
        <source>&amp;New store…</source>
        <translation>&amp;Nieuwe database…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="175"/>
        <source>&amp;Open store…</source>
        <translation>Database &amp;openen…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="180"/>
        <source>&amp;Import signals…</source>
        <translation>Signalen &amp;importeren…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="183"/>
        <source>&amp;Export signals shown…</source>
        <translation>Getoonde signalen &amp;exporteren…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="187"/>
        <source>Prepare &amp;briefing…</source>
        <translation>&amp;Briefing opstellen…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="190"/>
        <source>Briefing for a &amp;period…</source>
        <translation>Briefing over een &amp;periode…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="192"/>
        <source>Issued &amp;documents…</source>
        <translation>Uitgegeven &amp;documenten…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="195"/>
        <source>&amp;Back up store…</source>
        <translation>Back-up van database &amp;maken…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="197"/>
        <source>&amp;Change passphrase or unlock method…</source>
        <translation>&amp;Wachtwoordzin of ontgrendelmethode wijzigen…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="200"/>
        <source>&amp;Lock</source>
        <translation>&amp;Vergrendelen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="202"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="206"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="207"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="209"/>
        <source>&amp;Redo</source>
        <translation>Op&amp;nieuw</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="215"/>
        <source>&amp;New signal…</source>
        <translation>Nieuw &amp;signaal…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="218"/>
        <source>&amp;Edit signal…</source>
        <translation>Signaal &amp;bewerken…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="219"/>
        <source>Set &amp;status</source>
        <translation>S&amp;tatus instellen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="230"/>
        <source>&amp;Archive</source>
        <translation>&amp;Archiveren</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="236"/>
        <source>Select &amp;all</source>
        <translation>Alles se&amp;lecteren</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="240"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Voorkeuren…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="245"/>
        <source>&amp;View</source>
        <translation>Bee&amp;ld</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="246"/>
        <source>&amp;Find</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="247"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="249"/>
        <source>Show &amp;detail pane</source>
        <translation>&amp;Detailvenster tonen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="254"/>
        <source>Show &amp;trend chart</source>
        <translation>&amp;Trendgrafiek tonen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="260"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="261"/>
        <source>&amp;Search syntax</source>
        <translation>&amp;Zoeksyntaxis</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="262"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="263"/>
        <source>&amp;About Desk</source>
        <translation>&amp;Over Desk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="296"/>
        <source>Store: {name}</source>
        <translation>Database: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="298"/>
        <source>Connected</source>
        <translation>Verbonden</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="298"/>
        <source>Unlocked</source>
        <translation>Ontgrendeld</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="349"/>
        <source>Desk</source>
        <translation>Desk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="367"/>
        <source>Locked</source>
        <translation>Vergrendeld</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="397"/>
        <source>New Desk store</source>
        <translation>Nieuwe Desk-database</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="397"/>
        <location filename="../../ui/main_window.py" line="403"/>
        <location filename="../../ui/main_window.py" line="414"/>
        <source>Desk store (*.db)</source>
        <translation>Desk-database (*.db)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="403"/>
        <source>Open a Desk store</source>
        <translation>Desk-database openen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="410"/>
        <source>That store is already open.</source>
        <translation>Die database is al geopend.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="414"/>
        <source>Back up the store</source>
        <translation>Back-up van de database maken</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="421"/>
        <source>Backed up to {path}</source>
        <translation>Back-up gemaakt in {path}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="423"/>
        <source>Backup failed</source>
        <translation>Back-up mislukt</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="437"/>
        <source>The store now unlocks with the new key; the old one no longer works.</source>
        <translation>De database wordt nu ontgrendeld met de nieuwe sleutel; de oude werkt niet meer.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="440"/>
        <source>The key was not changed</source>
        <translation>De sleutel is niet gewijzigd</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="33"/>
        <source>Trend log table: edit the current signal</source>
        <translation>Tabel van het trendoverzicht: het huidige signaal bewerken</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="34"/>
        <source>Filter chip: switch it on or off</source>
        <translation>Filterknop: aan- of uitzetten</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="37"/>
        <source>Dialog: close it (a form with changes asks first)</source>
        <translation>Venster: sluiten (een formulier met wijzigingen vraagt eerst)</translation>
    </message>
</context>
<context>
    <name>Meetings</name>
    <message>
        <location filename="../../ui/meetings/models.py" line="33"/>
        <source>draft</source>
        <translation>concept</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="34"/>
        <location filename="../../ui/meetings/models.py" line="52"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="35"/>
        <source>held</source>
        <translation>gehouden</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="36"/>
        <source>finalised</source>
        <translation>vastgesteld</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="37"/>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="40"/>
        <source>contact point</source>
        <translation>aanspreekpunt</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="41"/>
        <source>country desk</source>
        <translation>landenmedewerker</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="42"/>
        <source>post</source>
        <translation>post</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="43"/>
        <source>IMH</source>
        <translation>IMH</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="44"/>
        <source>other</source>
        <translation>overig</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="47"/>
        <source>invited</source>
        <translation>uitgenodigd</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="48"/>
        <source>attended</source>
        <translation>aanwezig</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="49"/>
        <source>excused</source>
        <translation>afwezig met kennisgeving</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="53"/>
        <source>done</source>
        <translation>afgerond</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="54"/>
        <source>dropped</source>
        <translation>vervallen</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="239"/>
        <source>(no particular item)</source>
        <translation>(geen bepaald agendapunt)</translation>
    </message>
</context>
<context>
    <name>MeetingsView</name>
    <message>
        <location filename="../../ui/meetings/view.py" line="78"/>
        <source>&amp;Plan series…</source>
        <translation>Reeks &amp;plannen…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/view.py" line="79"/>
        <source>Calendar (.ics)…</source>
        <translation>Agenda (.ics)…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/view.py" line="80"/>
        <source>Meetings of the region</source>
        <translation>Contactmomenten van de regio</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/view.py" line="91"/>
        <source>Plan series…</source>
        <translation>Reeks plannen…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/view.py" line="102"/>
        <source>&amp;Agenda</source>
        <translation>&amp;Agenda</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/view.py" line="103"/>
        <source>Partici&amp;pants</source>
        <translation>Dee&amp;lnemers</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/view.py" line="104"/>
        <source>&amp;Decisions and actions</source>
        <translation>Besluiten en a&amp;ctiepunten</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/view.py" line="190"/>
        <source>&amp;Move…</source>
        <translation>Ve&amp;rplaatsen…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/view.py" line="194"/>
        <source>Ca&amp;ncel meeting</source>
        <translation>Contactmoment a&amp;nnuleren</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/view.py" line="142"/>
        <source>Prepare &amp;briefing…</source>
        <translation>&amp;Briefing opstellen…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/view.py" line="114"/>
        <source>moved from 2026-12-31</source>
        <translation>verplaatst van 2026-12-31</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/view.py" line="145"/>
        <source>The pre-read for this meeting as a PDF: agenda, signals since the last meeting, actions</source>
        <translation>Het voorbereidende stuk voor dit contactmoment als pdf: agenda, signalen sinds het vorige contactmoment, actiepunten</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/view.py" line="148"/>
        <source>Minutes as P&amp;DF…</source>
        <translation>Verslag als p&amp;df…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/status_texts.py" line="13"/>
        <source>&amp;Open for preparation</source>
        <translation>&amp;Openen ter voorbereiding</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/status_texts.py" line="14"/>
        <source>Draft → open: invites the previous meeting&apos;s participants (if none are listed yet) and brings over its agenda items that still have open actions. Minutes can be prepared from then on.</source>
        <translation>Concept → open: nodigt de deelnemers van het vorige contactmoment uit (als er nog niemand vermeld is) en neemt de agendapunten over die nog openstaande actiepunten hebben. Vanaf dan kan het verslag worden opgesteld.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/status_texts.py" line="22"/>
        <source>Mark as &amp;held</source>
        <translation>Als &amp;gehouden markeren</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/status_texts.py" line="23"/>
        <source>Open → held: the meeting took place. Attendance, minutes, decisions and actions can still be recorded until the minutes are finalised.</source>
        <translation>Open → gehouden: het contactmoment heeft plaatsgevonden. Aanwezigheid, verslag, besluiten en actiepunten kunnen nog worden vastgelegd tot het verslag is vastgesteld.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/status_texts.py" line="30"/>
        <source>&amp;Finalise minutes</source>
        <translation>Verslag &amp;vaststellen</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/status_texts.py" line="31"/>
        <source>Held → finalised: fixes the signals under item 1, carries items with open actions to the next meeting and locks the meeting against changes.</source>
        <translation>Gehouden → vastgesteld: legt de signalen onder agendapunt 1 definitief vast, schuift agendapunten met openstaande actiepunten door naar het volgende contactmoment en vergrendelt het contactmoment tegen wijzigingen.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/status_texts.py" line="39"/>
        <source>&amp;Re-open for corrections</source>
        <translation>&amp;Heropenen voor correcties</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/status_texts.py" line="40"/>
        <source>Finalised → held: unlocks the meeting to correct its record; finalise the minutes again afterwards. The change is kept in the meeting&apos;s history.</source>
        <translation>Vastgesteld → gehouden: ontgrendelt het contactmoment om de gegevens ervan te corrigeren; stel het verslag daarna opnieuw vast. De wijziging blijft bewaard in de geschiedenis van het contactmoment.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/view.py" line="192"/>
        <source>Give this meeting another date or time; the rest of the series stays</source>
        <translation>Dit contactmoment een andere datum of tijd geven; de rest van de reeks blijft ongewijzigd</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/view.py" line="196"/>
        <source>Cancel this meeting only; the rest of the series stays as planned</source>
        <translation>Alleen dit contactmoment annuleren; de rest van de reeks blijft zoals gepland</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/view.py" line="211"/>
        <source>Meetings — choose a region in the navigator</source>
        <translation>Contactmomenten — kies een regio in de navigator</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/view.py" line="218"/>
        <source>Four-weekly meetings — {region}</source>
        <translation>Vierwekelijkse contactmomenten — {region}</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/view.py" line="264"/>
        <source>No meetings planned for {region} yet. Use “Plan series…” to plan the four-weekly meetings.</source>
        <translation>Nog geen contactmomenten gepland voor {region}. Gebruik “Reeks plannen…” om de vierwekelijkse contactmomenten te plannen.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/view.py" line="267"/>
        <source>Choose a region in the navigator to see its meetings.</source>
        <translation>Kies een regio in de navigator om de contactmomenten ervan te zien.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/view.py" line="290"/>
        <source>No meeting selected</source>
        <translation>Geen contactmoment geselecteerd</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/view.py" line="313"/>
        <source>{region} meeting of {date}</source>
        <translation>Contactmoment {region} van {date}</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/view.py" line="319"/>
        <source>Status: {status}.</source>
        <translation>Status: {status}.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/view.py" line="321"/>
        <source>Moved from {date}.</source>
        <translation>Verplaatst van {date}.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/view.py" line="323"/>
        <source>Chair: {chair}.</source>
        <translation>Voorzitter: {chair}.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/view.py" line="327"/>
        <source>Covers what was logged or updated from {since} to {until}.</source>
        <translation>Omvat wat is vastgelegd of bijgewerkt van {since} tot {until}.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/view.py" line="335"/>
        <source>This meeting is finalised: it cannot be changed. Re-open it to correct it.</source>
        <translation>Dit contactmoment is vastgesteld: het kan niet meer worden gewijzigd. Heropen het om het te corrigeren.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/view.py" line="337"/>
        <source>This meeting is cancelled.</source>
        <translation>Dit contactmoment is geannuleerd.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/view.py" line="349"/>
        <source>The minutes of this meeting as a PDF</source>
        <translation>Het verslag van dit contactmoment als pdf</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/view.py" line="351"/>
        <source>Minutes can be prepared once the meeting is opened</source>
        <translation>Het verslag kan worden opgesteld zodra het contactmoment is geopend</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/view.py" line="358"/>
        <source>Meetings</source>
        <translation>Contactmomenten</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/view.py" line="395"/>
        <source>Meetings planned for {region}</source>
        <translation>Contactmomenten gepland voor {region}</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/view.py" line="406"/>
        <source>Save the calendar</source>
        <translation>Agenda opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/view.py" line="408"/>
        <source>Calendar (*.ics)</source>
        <translation>Agenda (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/view.py" line="416"/>
        <source>Calendar saved to {path}: open it in Outlook to add the meetings</source>
        <translation>Agenda opgeslagen in {path}: open het bestand in Outlook om de contactmomenten toe te voegen</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/view.py" line="435"/>
        <source>Briefing — {region} {date}</source>
        <translation>Briefing — {region} {date}</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/view.py" line="437"/>
        <source>The pre-read for this meeting: agenda, the signals logged or updated since the previous meeting with counts and a chart, open actions, decisions, coming knowledge-exchange events and a snapshot of each country touched.</source>
        <translation>Het voorbereidende stuk voor dit contactmoment: agenda, de signalen die sinds het vorige contactmoment zijn vastgelegd of bijgewerkt met tellingen en een grafiek, openstaande actiepunten, besluiten, komende kennisuitwisselingsactiviteiten en een korte stand van zaken per betrokken land.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/view.py" line="446"/>
        <source>Minutes — {region} {date}</source>
        <translation>Verslag — {region} {date}</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/view.py" line="448"/>
        <source>Attendance, minutes per agenda item, decisions and the actions agreed, with owners and due dates.</source>
        <translation>Aanwezigheid, verslag per agendapunt, besluiten en de afgesproken actiepunten, met actiehouders en uiterste data.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/view.py" line="478"/>
        <source>Cancel meeting</source>
        <translation>Contactmoment annuleren</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/view.py" line="479"/>
        <source>Cancel this meeting? The rest of the series stays as planned.</source>
        <translation>Dit contactmoment annuleren? De rest van de reeks blijft zoals gepland.</translation>
    </message>
</context>
<context>
    <name>MoveMeetingDialog</name>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="138"/>
        <source>Move this meeting</source>
        <translation>Dit contactmoment verplaatsen</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="139"/>
        <source>Only this meeting moves; the rest of the series stays as planned.</source>
        <translation>Alleen dit contactmoment wordt verplaatst; de rest van de reeks blijft zoals gepland.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="141"/>
        <source>&amp;New date and time:</source>
        <translation>&amp;Nieuwe datum en tijd:</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../ui/navigator.py" line="28"/>
        <source>Navigator: sections and regions</source>
        <translation>Navigator: onderdelen en regio&apos;s</translation>
    </message>
    <message>
        <location filename="../../ui/navigator.py" line="62"/>
        <source>&amp;Go to</source>
        <translation>&amp;Ga naar</translation>
    </message>
    <message>
        <location filename="../../ui/navigator.py" line="102"/>
        <source>{title} ({n})</source>
        <translation>{title} ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/navigator.py" line="142"/>
        <source>no countries</source>
        <translation>geen landen</translation>
    </message>
    <message>
        <location filename="../../ui/navigator.py" line="144"/>
        <source>{name}: {countries}</source>
        <translation>{name}: {countries}</translation>
    </message>
</context>
<context>
    <name>OutcomesPanel</name>
    <message>
        <location filename="../../ui/meetings/outcomes_panel.py" line="24"/>
        <location filename="../../ui/meetings/outcomes_panel.py" line="46"/>
        <source>Decisions</source>
        <translation>Besluiten</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/outcomes_panel.py" line="30"/>
        <location filename="../../ui/meetings/outcomes_panel.py" line="49"/>
        <source>Actions agreed in this meeting</source>
        <translation>Actiepunten afgesproken in dit contactmoment</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/outcomes_panel.py" line="33"/>
        <source>Actions carried forward</source>
        <translation>Doorgeschoven actiepunten</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/outcomes_panel.py" line="34"/>
        <source>Record &amp;decision…</source>
        <translation>Be&amp;sluit vastleggen…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/outcomes_panel.py" line="35"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/outcomes_panel.py" line="36"/>
        <source>Record a&amp;ction…</source>
        <translation>Actie&amp;punt vastleggen…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/outcomes_panel.py" line="37"/>
        <source>Done</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/outcomes_panel.py" line="39"/>
        <source>Dropped</source>
        <translation>Vervallen</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/outcomes_panel.py" line="42"/>
        <source>Open again</source>
        <translation>Heropenen</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/outcomes_panel.py" line="71"/>
        <source>Carried forward from earlier meetings ({n}, {overdue} overdue today)</source>
        <translation>Doorgeschoven van eerdere contactmomenten ({n}, waarvan vandaag te laat: {overdue})</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/outcomes_panel.py" line="77"/>
        <source>Overdue: still open and due before today ({day}); the meeting&apos;s papers judge on the meeting&apos;s day</source>
        <translation>Te laat: nog open, uiterste datum vóór vandaag ({day}); in de stukken van het contactmoment telt de dag van het contactmoment</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="219"/>
        <source>Add a participant</source>
        <translation>Deelnemer toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="220"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="221"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="224"/>
        <source>&amp;Organisation or post:</source>
        <translation>&amp;Organisatie of post:</translation>
    </message>
</context>
<context>
    <name>PeoplePanel</name>
    <message>
        <location filename="../../ui/meetings/people_panel.py" line="20"/>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/people_panel.py" line="21"/>
        <source>Add &amp;participant…</source>
        <translation>Deelnemer &amp;toevoegen…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/people_panel.py" line="23"/>
        <source>Attended</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/people_panel.py" line="25"/>
        <source>Excused</source>
        <translation>Afwezig met kennisgeving</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/people_panel.py" line="26"/>
        <source>Invited</source>
        <translation>Uitgenodigd</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/people_panel.py" line="27"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/people_panel.py" line="56"/>
        <source>Not opened yet: these are the participants of the meeting of {date}. They are invited when this meeting is opened for preparation (or when you add someone here).</source>
        <translation>Nog niet geopend: dit zijn de deelnemers van het contactmoment van {date}. Zij worden uitgenodigd wanneer dit contactmoment wordt geopend ter voorbereiding (of wanneer u hier iemand toevoegt).</translation>
    </message>
</context>
<context>
    <name>PeriodDialog</name>
    <message>
        <location filename="../../ui/documents/period_dialog.py" line="55"/>
        <source>Briefing for a period</source>
        <translation>Briefing over een periode</translation>
    </message>
    <message>
        <location filename="../../ui/documents/period_dialog.py" line="59"/>
        <source>The state of a region at any time, without a meeting: its signals of the period compared with the period before, trade flows, knowledge exchange and the countries touched. No agenda, actions or decisions.</source>
        <translation>De stand van zaken in een regio op elk gewenst moment, zonder contactmoment: de signalen van de periode vergeleken met de periode ervoor, handelsstromen, kennisuitwisseling en de betrokken landen. Geen agenda, actiepunten of besluiten.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/period_dialog.py" line="67"/>
        <source>Region or contact point</source>
        <translation>Regio of aanspreekpunt</translation>
    </message>
    <message>
        <location filename="../../ui/documents/period_dialog.py" line="81"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location filename="../../ui/documents/period_dialog.py" line="82"/>
        <source>To</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <location filename="../../ui/documents/period_dialog.py" line="84"/>
        <source>&amp;Region:</source>
        <translation>&amp;Regio:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/period_dialog.py" line="85"/>
        <source>&amp;From:</source>
        <translation>&amp;Van:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/period_dialog.py" line="86"/>
        <source>&amp;To (included):</source>
        <translation>&amp;Tot en met:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/period_dialog.py" line="90"/>
        <source>Next…</source>
        <translation>Volgende…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/period_dialog.py" line="112"/>
        <source>Briefing — {region} {first} to {last}</source>
        <translation>Briefing — {region} {first} tot en met {last}</translation>
    </message>
    <message>
        <location filename="../../ui/documents/period_dialog.py" line="123"/>
        <source>The region&apos;s signals of the period, compared with the period before, with trade flows, knowledge exchange and the countries touched.</source>
        <translation>De signalen van de regio in de periode, vergeleken met de periode ervoor, met handelsstromen, kennisuitwisseling en de betrokken landen.</translation>
    </message>
</context>
<context>
    <name>PlanSeriesDialog</name>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="98"/>
        <source>Plan the {region} meetings</source>
        <translation>Contactmomenten {region} plannen</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="102"/>
        <source>Meetings every four weeks from the first date. Planning again changes the series from that date onward; meetings that already have content are kept.</source>
        <translation>Elke vier weken een contactmoment vanaf de eerste datum. Opnieuw plannen wijzigt de reeks vanaf die datum; contactmomenten die al inhoud hebben, blijven behouden.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="107"/>
        <source>Meetings every four weeks from the first date, at this time in The Hague.</source>
        <translation>Elke vier weken een contactmoment vanaf de eerste datum, op dit tijdstip (Haagse tijd).</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="110"/>
        <source>&amp;First meeting:</source>
        <translation>&amp;Eerste contactmoment:</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="114"/>
        <source>&amp;Time:</source>
        <translation>&amp;Tijd:</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="116"/>
        <source>&amp;Number of meetings:</source>
        <translation>&amp;Aantal contactmomenten:</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="119"/>
        <source>&amp;Location:</source>
        <translation>&amp;Locatie:</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="120"/>
        <source>&amp;Video link:</source>
        <translation>&amp;Videoverbinding:</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="121"/>
        <source>&amp;Chair:</source>
        <translation>V&amp;oorzitter:</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/preferences.py" line="35"/>
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="37"/>
        <source>Your name</source>
        <translation>Uw naam</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="39"/>
        <source>Your post or unit</source>
        <translation>Uw post of afdeling</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="45"/>
        <source>On a team database the history names you by your log-in: {name}</source>
        <translation>In een teamdatabase noemt de geschiedenis u bij uw inlognaam: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="51"/>
        <source> min</source>
        <translation> min.</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="52"/>
        <source>Lock after minutes without input</source>
        <translation>Vergrendelen na zoveel minuten zonder invoer</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="54"/>
        <source>Your &amp;name (written in the history):</source>
        <translation>Uw &amp;naam (vermeld in de geschiedenis):</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="55"/>
        <source>Your &amp;post or unit:</source>
        <translation>Uw &amp;post of afdeling:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="56"/>
        <source>&amp;Lock after no input for:</source>
        <translation>&amp;Vergrendelen na geen invoer gedurende:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="58"/>
        <source>Document markings, one per line</source>
        <translation>Rubriceringen van documenten, één per regel</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="61"/>
        <source>The classification markings documents may carry, one per line from the highest down: documents for the contact point or a directorate are marked with the first unless you choose another, documents for external readers with the last. Stg. markings are refused: the local store is not accredited for state secrets.</source>
        <translation>De rubriceringen die documenten mogen dragen, één per regel, van hoog naar laag: documenten voor het aanspreekpunt of een directie krijgen de eerste, tenzij u een andere kiest; documenten voor externe lezers de laatste. Stg.-rubriceringen worden geweigerd: de lokale database is niet geaccrediteerd voor staatsgeheimen.</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="68"/>
        <source>Document &amp;markings:</source>
        <translation>&amp;Rubriceringen van documenten:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="72"/>
        <source>As the system</source>
        <translation>Zoals het systeem</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="75"/>
        <source>Language of the app</source>
        <translation>Taal van de app</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="76"/>
        <source>Takes effect the next time Desk starts.</source>
        <translation>Gaat in wanneer Desk opnieuw start.</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="77"/>
        <source>L&amp;anguage (after a restart):</source>
        <translation>T&amp;aal (na herstart):</translation>
    </message>
</context>
<context>
    <name>PresenceLine</name>
    <message>
        <location filename="../../ui/presence_line.py" line="37"/>
        <source>Others with this record open</source>
        <translation>Anderen die dit ook open hebben</translation>
    </message>
    <message>
        <location filename="../../ui/presence_line.py" line="84"/>
        <source>Also open by: {names}</source>
        <translation>Ook geopend door: {names}</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../ui/trendlog/import_wizard.py" line="120"/>
        <source>Check</source>
        <translation>Controle</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/import_wizard.py" line="124"/>
        <source>Check result</source>
        <translation>Resultaat van de controle</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/import_wizard.py" line="128"/>
        <source>Errors by line</source>
        <translation>Fouten per regel</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/import_wizard.py" line="144"/>
        <source>Checking {name}…</source>
        <translation>{name} controleren…</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/import_wizard.py" line="163"/>
        <source>The file was refused: {n} error(s) in {rows} row(s). Nothing will be imported. Correct these lines and try again.</source>
        <translation>Het bestand is geweigerd: {n} fout(en) in {rows} rij(en). Er wordt niets geïmporteerd. Verbeter deze regels en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/import_wizard.py" line="174"/>
        <source>{n} signal(s) ready to import; {d} duplicate(s) of stored signals will be skipped.</source>
        <translation>Signalen klaar om te importeren: {n}; dubbele signalen die al zijn opgeslagen en worden overgeslagen: {d}.</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/import_wizard.py" line="182"/>
        <source>Could not check the file: {error}</source>
        <translation>Het bestand kon niet worden gecontroleerd: {error}</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../ui/trendlog/import_wizard.py" line="195"/>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/import_wizard.py" line="200"/>
        <source>Import progress</source>
        <translation>Voortgang van de import</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/import_wizard.py" line="202"/>
        <source>&amp;Cancel import</source>
        <translation>Import &amp;annuleren</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/import_wizard.py" line="214"/>
        <source>Importing {name}…</source>
        <translation>{name} importeren…</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/import_wizard.py" line="230"/>
        <source>Checking rows…</source>
        <translation>Rijen controleren…</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/import_wizard.py" line="230"/>
        <source>Writing signals…</source>
        <translation>Signalen wegschrijven…</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/import_wizard.py" line="239"/>
        <source>Cancelling…</source>
        <translation>Annuleren…</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/import_wizard.py" line="245"/>
        <source>Done.</source>
        <translation>Klaar.</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/import_wizard.py" line="253"/>
        <source>Cancelled: nothing was imported.</source>
        <translation>Geannuleerd: er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/import_wizard.py" line="255"/>
        <source>The import failed: {reason}</source>
        <translation>De import is mislukt: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/import_wizard.py" line="258"/>
        <source>The import failed, nothing was imported: {reason}</source>
        <translation>De import is mislukt, er is niets geïmporteerd: {reason}</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <location filename="../../ui/countries/events_view.py" line="134"/>
        <source>Knowledge exchange</source>
        <translation>Kennisuitwisseling</translation>
    </message>
    <message>
        <location filename="../../ui/countries/view.py" line="201"/>
        <source>Countries</source>
        <translation>Landen</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="71"/>
        <source>Exchange</source>
        <translation>Uitwisseling</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/actions_view.py" line="26"/>
        <source>Actions</source>
        <translation>Actiepunten</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/view.py" line="61"/>
        <source>Meetings</source>
        <translation>Contactmomenten</translation>
    </message>
    <message>
        <location filename="../../ui/trade/view.py" line="59"/>
        <source>Trade radar</source>
        <translation>Handelsradar</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/view.py" line="51"/>
        <source>Trend log</source>
        <translation>Trendoverzicht</translation>
    </message>
</context>
<context>
    <name>SignalDetailPane</name>
    <message>
        <location filename="../../ui/trendlog/detail.py" line="208"/>
        <source>Signal details</source>
        <translation>Details van het signaal</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/detail.py" line="214"/>
        <source>Select a signal to see it in full.</source>
        <translation>Selecteer een signaal om het volledig te zien.</translation>
    </message>
</context>
<context>
    <name>SignalEditDialog</name>
    <message>
        <location filename="../../ui/trendlog/edit_dialog.py" line="89"/>
        <source>Edit signal</source>
        <translation>Signaal bewerken</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/edit_dialog.py" line="89"/>
        <source>New signal</source>
        <translation>Nieuw signaal</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/edit_dialog.py" line="133"/>
        <source>Documents for external readers show only the kind of source, never the source itself or its URL.</source>
        <translation>Documenten voor externe lezers tonen alleen de soort bron, nooit de bron zelf of de URL ervan.</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/edit_dialog.py" line="149"/>
        <source>e.g. 8542.31; 8457.10</source>
        <translation>bijv. 8542.31; 8457.10</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/edit_dialog.py" line="158"/>
        <source>Chatham House Rule: use the content, never disclose the source</source>
        <translation>Chatham House Rule: de inhoud gebruiken, de bron nooit bekendmaken</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/edit_dialog.py" line="161"/>
        <source>separated by ;</source>
        <translation>gescheiden door ;</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/edit_dialog.py" line="195"/>
        <source>&amp;Observed on</source>
        <translation>&amp;Waargenomen op</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/edit_dialog.py" line="196"/>
        <source>C&amp;ountry</source>
        <translation>La&amp;nd</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/edit_dialog.py" line="197"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/edit_dialog.py" line="198"/>
        <source>&amp;Summary</source>
        <translation>&amp;Samenvatting</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/edit_dialog.py" line="199"/>
        <source>C&amp;ategory</source>
        <translation>&amp;Categorie</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/edit_dialog.py" line="200"/>
        <source>&amp;Kind of source</source>
        <translation>S&amp;oort bron</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/edit_dialog.py" line="201"/>
        <source>Sou&amp;rce</source>
        <translation>&amp;Bron</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/edit_dialog.py" line="202"/>
        <source>Source &amp;URL</source>
        <translation>&amp;URL van de bron</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/edit_dialog.py" line="203"/>
        <source>&amp;Reliability</source>
        <translation>Betrouwbaa&amp;rheid</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/edit_dialog.py" line="204"/>
        <source>Cre&amp;dibility</source>
        <translation>Geloofwaar&amp;digheid</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/edit_dialog.py" line="205"/>
        <source>&amp;HS codes</source>
        <translation>&amp;HS-codes</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/edit_dialog.py" line="206"/>
        <source>T&amp;LP</source>
        <translation>T&amp;LP</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/edit_dialog.py" line="208"/>
        <source>Ta&amp;gs</source>
        <translation>Ta&amp;gs</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/edit_dialog.py" line="213"/>
        <source>Chatham House Rule</source>
        <translation>Chatham House Rule</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/edit_dialog.py" line="226"/>
        <source>{field}: error</source>
        <translation>{field}: fout</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/edit_dialog.py" line="315"/>
        <source>required</source>
        <translation>verplicht</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/edit_dialog.py" line="337"/>
        <source>{code}: CHPI tier {tier} — {what}</source>
        <translation>{code}: CHPI-tier {tier} — {what}</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/edit_dialog.py" line="341"/>
        <source>{code}: not on the CHPI list</source>
        <translation>{code}: niet op de CHPI-lijst</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/edit_dialog.py" line="372"/>
        <source>Discard changes?</source>
        <translation>Wijzigingen verwerpen?</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/edit_dialog.py" line="373"/>
        <source>Discard what you typed in this signal?</source>
        <translation>Wat u in dit signaal hebt ingevoerd, verwerpen?</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/edit_dialog.py" line="378"/>
        <source>&amp;Keep editing</source>
        <translation>&amp;Verder bewerken</translation>
    </message>
</context>
<context>
    <name>SignalTableModel</name>
    <message>
        <location filename="../../ui/trendlog/table_model.py" line="46"/>
        <source>Observed</source>
        <translation>Waargenomen</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/table_model.py" line="47"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/table_model.py" line="48"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/table_model.py" line="49"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/table_model.py" line="50"/>
        <source>Grade</source>
        <translation>Beoordeling</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/table_model.py" line="51"/>
        <source>TLP</source>
        <translation>TLP</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/table_model.py" line="52"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/table_model.py" line="53"/>
        <source>CHPI tier</source>
        <translation>CHPI-tier</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/table_model.py" line="349"/>
        <source>…</source>
        <translation>…</translation>
    </message>
</context>
<context>
    <name>SourceKind</name>
    <message>
        <location filename="../../ui/trendlog/table_model.py" line="412"/>
        <source>Not specified</source>
        <translation>Niet opgegeven</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/table_model.py" line="413"/>
        <source>Post reporting</source>
        <translation>Rapportage van een post</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/table_model.py" line="414"/>
        <source>Customs data</source>
        <translation>Douanegegevens</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/table_model.py" line="415"/>
        <source>Trade statistics</source>
        <translation>Handelsstatistieken</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/table_model.py" line="416"/>
        <source>Open source</source>
        <translation>Open bron</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/table_model.py" line="417"/>
        <source>EU/partner state</source>
        <translation>EU-lidstaat of partnerland</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/table_model.py" line="418"/>
        <source>Private sector</source>
        <translation>Private sector</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/table_model.py" line="419"/>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../ui/trendlog/table_model.py" line="422"/>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/table_model.py" line="423"/>
        <source>Reviewed</source>
        <translation>Bekeken</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/table_model.py" line="424"/>
        <source>Discussed</source>
        <translation>Besproken</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/table_model.py" line="425"/>
        <source>Archived</source>
        <translation>Gearchiveerd</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../ui/trendlog/import_wizard.py" line="270"/>
        <source>Imported</source>
        <translation>Geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/import_wizard.py" line="280"/>
        <source>{n} signal(s) imported.</source>
        <translation>Signalen geïmporteerd: {n}.</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/import_wizard.py" line="282"/>
        <source>{n} duplicate(s) skipped:</source>
        <translation>Overgeslagen dubbele signalen ({n}):</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/import_wizard.py" line="284"/>
        <source>  line {line}: {title}</source>
        <translation>  regel {line}: {title}</translation>
    </message>
</context>
<context>
    <name>TeamLoginDialog</name>
    <message>
        <location filename="../../ui/team_login.py" line="55"/>
        <source>Log in to the team database</source>
        <translation>Inloggen op de teamdatabase</translation>
    </message>
    <message>
        <location filename="../../ui/team_login.py" line="61"/>
        <source>Desk was locked. Log in again to continue.</source>
        <translation>Desk was vergrendeld. Log opnieuw in om verder te gaan.</translation>
    </message>
    <message>
        <location filename="../../ui/team_login.py" line="63"/>
        <source>Desk works on a shared team database. Log in with your password.</source>
        <translation>Desk werkt met een gedeelde teamdatabase. Log in met uw wachtwoord.</translation>
    </message>
    <message>
        <location filename="../../ui/team_login.py" line="66"/>
        <source>{db} on {host}:{port}</source>
        <translation>{db} op {host}:{port}</translation>
    </message>
    <message>
        <location filename="../../ui/team_login.py" line="72"/>
        <source>(your login name)</source>
        <translation>(uw inlognaam)</translation>
    </message>
    <message>
        <location filename="../../ui/team_login.py" line="73"/>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location filename="../../ui/team_login.py" line="75"/>
        <source>saved in the keyring: leave empty</source>
        <translation>opgeslagen in de wachtwoordkluis: leeg laten</translation>
    </message>
    <message>
        <location filename="../../ui/team_login.py" line="76"/>
        <source>&amp;Remember in the keyring</source>
        <translation>&amp;Onthouden in de wachtwoordkluis</translation>
    </message>
    <message>
        <location filename="../../ui/team_login.py" line="83"/>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <location filename="../../ui/team_login.py" line="84"/>
        <source>User:</source>
        <translation>Gebruiker:</translation>
    </message>
    <message>
        <location filename="../../ui/team_login.py" line="85"/>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <location filename="../../ui/team_login.py" line="93"/>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <location filename="../../ui/team_login.py" line="96"/>
        <location filename="../../ui/team_login.py" line="119"/>
        <source>&amp;Log in</source>
        <translation>&amp;Inloggen</translation>
    </message>
    <message>
        <location filename="../../ui/team_login.py" line="119"/>
        <source>Logging in…</source>
        <translation>Inloggen…</translation>
    </message>
    <message>
        <location filename="../../ui/team_login.py" line="140"/>
        <source>Type your password.</source>
        <translation>Typ uw wachtwoord.</translation>
    </message>
</context>
<context>
    <name>TradeImportJob</name>
    <message>
        <location filename="../../ui/trade/import_job.py" line="37"/>
        <location filename="../../ui/trade/import_job.py" line="52"/>
        <source>Import trade statistics</source>
        <translation>Handelsstatistieken importeren</translation>
    </message>
    <message>
        <location filename="../../ui/trade/import_job.py" line="50"/>
        <source>Reading the files…</source>
        <translation>Bestanden lezen…</translation>
    </message>
    <message>
        <location filename="../../ui/trade/import_job.py" line="50"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../ui/trade/import_job.py" line="81"/>
        <source>{read} rows read, {kept} under a CHPI code…</source>
        <translation>Rijen gelezen: {read}, waarvan onder een CHPI-code: {kept}…</translation>
    </message>
    <message>
        <location filename="../../ui/trade/import_job.py" line="87"/>
        <source>Storing the flows…</source>
        <translation>Stromen opslaan…</translation>
    </message>
    <message>
        <location filename="../../ui/trade/import_job.py" line="103"/>
        <source>Trade statistics imported</source>
        <translation>Handelsstatistieken geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../ui/trade/import_job.py" line="111"/>
        <source>Cancelled: nothing was imported.</source>
        <translation>Geannuleerd: er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../ui/trade/import_job.py" line="114"/>
        <source>Trade statistics not imported</source>
        <translation>Handelsstatistieken niet geïmporteerd</translation>
    </message>
</context>
<context>
    <name>TradeRadar</name>
    <message>
        <location filename="../../ui/trade/view.py" line="42"/>
        <source>&lt;h3&gt;No trade statistics for {where} yet&lt;/h3&gt;&lt;p&gt;The radar works on official trade statistics you download and import:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Eurostat Comext&lt;/b&gt; — the monthly bulk files (“full” dataset, CN8 products, by declarant and partner) from the Comext bulk download page;&lt;/li&gt;&lt;li&gt;&lt;b&gt;UN Comtrade&lt;/b&gt; — a CSV download of the HS commodity codes you follow, with the third countries as reporters and Russia/Belarus as partners.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Then import them, compressed or not, with &lt;b&gt;Import statistics…&lt;/b&gt; above or on the command line:&lt;/p&gt;&lt;pre&gt;desk trade import FILE…&lt;/pre&gt;&lt;p&gt;Only CHPI goods are kept. The README says which options to choose.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Nog geen handelsstatistieken voor {where}&lt;/h3&gt;&lt;p&gt;De radar werkt met officiële handelsstatistieken die u zelf downloadt en importeert:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Eurostat Comext&lt;/b&gt; — de maandelijkse bulkbestanden (dataset “full”, CN8-producten, per declarant en partner) van de bulkdownloadpagina van Comext;&lt;/li&gt;&lt;li&gt;&lt;b&gt;UN Comtrade&lt;/b&gt; — een csv-download van de HS-goederencodes die u volgt, met de derde landen als rapporterende landen en Rusland/Belarus als partners.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Importeer ze daarna, gecomprimeerd of niet, met &lt;b&gt;Statistieken importeren…&lt;/b&gt; hierboven of via de opdrachtregel:&lt;/p&gt;&lt;pre&gt;desk trade import FILE…&lt;/pre&gt;&lt;p&gt;Alleen CHPI-goederen worden bewaard. In de README staat welke opties u kiest.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>TradeRadarView</name>
    <message>
        <location filename="../../ui/trade/view.py" line="77"/>
        <source>Trade flows</source>
        <translation>Handelsstromen</translation>
    </message>
    <message>
        <location filename="../../ui/trade/view.py" line="85"/>
        <source>Draft signal from this flow…</source>
        <translation>Conceptsignaal van deze stroom…</translation>
    </message>
    <message>
        <location filename="../../ui/trade/view.py" line="105"/>
        <source>How to import trade statistics</source>
        <translation>Zo importeert u handelsstatistieken</translation>
    </message>
    <message>
        <location filename="../../ui/trade/view.py" line="123"/>
        <source>Show &amp;all flows</source>
        <translation>&amp;Alle stromen tonen</translation>
    </message>
    <message>
        <location filename="../../ui/trade/view.py" line="124"/>
        <source>Unticked: only the flows that pass the thresholds</source>
        <translation>Niet aangevinkt: alleen de stromen die de drempels overschrijden</translation>
    </message>
    <message>
        <location filename="../../ui/trade/view.py" line="127"/>
        <source>CHPI tier</source>
        <translation>CHPI-tier</translation>
    </message>
    <message>
        <location filename="../../ui/trade/view.py" line="128"/>
        <source>all tiers</source>
        <translation>alle tiers</translation>
    </message>
    <message>
        <location filename="../../ui/trade/view.py" line="130"/>
        <source>tier {tier}</source>
        <translation>tier {tier}</translation>
    </message>
    <message>
        <location filename="../../ui/trade/view.py" line="133"/>
        <source>HS code, e.g. 8542</source>
        <translation>HS-code, bijv. 8542</translation>
    </message>
    <message>
        <location filename="../../ui/trade/view.py" line="134"/>
        <source>HS code</source>
        <translation>HS-code</translation>
    </message>
    <message>
        <location filename="../../ui/trade/view.py" line="143"/>
        <source>Baseline, {which} year</source>
        <translation>Basis, {which} jaar</translation>
    </message>
    <message>
        <location filename="../../ui/trade/view.py" line="146"/>
        <source>Current period</source>
        <translation>Huidige periode</translation>
    </message>
    <message>
        <location filename="../../ui/trade/view.py" line="147"/>
        <source>last 12 months</source>
        <translation>laatste 12 maanden</translation>
    </message>
    <message>
        <location filename="../../ui/trade/view.py" line="151"/>
        <source>&amp;Draft signal from this flow…</source>
        <translation>&amp;Conceptsignaal van deze stroom…</translation>
    </message>
    <message>
        <location filename="../../ui/trade/view.py" line="153"/>
        <source>&amp;Import statistics…</source>
        <translation>Statistieken &amp;importeren…</translation>
    </message>
    <message>
        <location filename="../../ui/trade/view.py" line="155"/>
        <source>Eurostat Comext or UN Comtrade files: .csv, .dat, .gz, .zip or .7z</source>
        <translation>Bestanden van Eurostat Comext of UN Comtrade: .csv, .dat, .gz, .zip of .7z</translation>
    </message>
    <message>
        <location filename="../../ui/trade/view.py" line="161"/>
        <source>&amp;Tier:</source>
        <translation>&amp;Tier:</translation>
    </message>
    <message>
        <location filename="../../ui/trade/view.py" line="162"/>
        <source>&amp;HS code:</source>
        <translation>&amp;HS-code:</translation>
    </message>
    <message>
        <location filename="../../ui/trade/view.py" line="163"/>
        <source>&amp;Baseline:</source>
        <translation>&amp;Basis:</translation>
    </message>
    <message>
        <location filename="../../ui/trade/view.py" line="165"/>
        <source>&amp;Current:</source>
        <translation>Hui&amp;dig:</translation>
    </message>
    <message>
        <location filename="../../ui/trade/view.py" line="179"/>
        <source>Trade radar — {region}</source>
        <translation>Handelsradar — {region}</translation>
    </message>
    <message>
        <location filename="../../ui/trade/view.py" line="181"/>
        <source>Trade radar — all regions</source>
        <translation>Handelsradar — alle regio&apos;s</translation>
    </message>
    <message>
        <location filename="../../ui/trade/view.py" line="235"/>
        <source>any region</source>
        <translation>welke regio dan ook</translation>
    </message>
    <message>
        <location filename="../../ui/trade/view.py" line="243"/>
        <source>{flagged} of {total} flows flagged · current period {period}</source>
        <translation>{flagged} van {total} stromen gemarkeerd · huidige periode {period}</translation>
    </message>
    <message>
        <location filename="../../ui/trade/view.py" line="256"/>
        <source>No flagged flows: tick “Show all flows”</source>
        <translation>Geen gemarkeerde stromen: vink “Alle stromen tonen” aan</translation>
    </message>
    <message>
        <location filename="../../ui/trade/view.py" line="327"/>
        <source>Signal added: {title}</source>
        <translation>Signaal toegevoegd: {title}</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../ui/trendlog/chart.py" line="45"/>
        <source>Signals per month by category</source>
        <translation>Signalen per maand per categorie</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/chart.py" line="97"/>
        <source>{title}: {total} signal(s) over {months} month(s), most in {month} ({n}); {parts}</source>
        <translation>{title}: signalen: {total}, maanden: {months}, de meeste in {month} ({n}); {parts}</translation>
    </message>
</context>
<context>
    <name>TrendLogView</name>
    <message>
        <location filename="../../ui/trendlog/view.py" line="68"/>
        <source>Search failed: {error}</source>
        <translation>Zoeken mislukt: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/view.py" line="109"/>
        <source>Search — words and filters, e.g. chips country:TH tier:1 grade:&lt;=B2 since:2026-10-01</source>
        <translation>Zoeken — woorden en filters, bijv. chips country:TH tier:1 grade:&lt;=B2 since:2026-10-01</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/view.py" line="112"/>
        <source>Search the trend log</source>
        <translation>Zoeken in het trendoverzicht</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/view.py" line="122"/>
        <source>Search problems</source>
        <translation>Problemen met de zoekopdracht</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/view.py" line="125"/>
        <source>Number of signals shown</source>
        <translation>Aantal getoonde signalen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/trendlog/view.py" line="183"/>
        <source>%n signal(s)</source>
        <translation>
            <numerusform>%n signaal</numerusform>
            <numerusform>%n signalen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/view.py" line="169"/>
        <source>{errors} — no signals shown until the search is corrected</source>
        <translation>{errors} — geen signalen getoond tot de zoekopdracht is verbeterd</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/view.py" line="115"/>
        <source>Words, and filters such as country:TH region:DAO tier:1 tlp:&lt;=amber grade:&lt;=B2 status:new since:2026-10-01; Help → Search syntax lists them all</source>
        <translation>Woorden, en filters zoals country:TH region:DAO tier:1 tlp:&lt;=amber grade:&lt;=B2 status:new since:2026-10-01; Help → Zoeksyntaxis noemt ze allemaal</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/view.py" line="179"/>
        <source>No signals shown</source>
        <translation>Geen signalen getoond</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/trendlog/view.py" line="181"/>
        <source>More than %n signal(s)</source>
        <translation>
            <numerusform>Meer dan %n signaal</numerusform>
            <numerusform>Meer dan %n signalen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/view.py" line="207"/>
        <source>The signal was added; the search and filters in use do not show it.</source>
        <translation>Het signaal is toegevoegd; de huidige zoekopdracht en filters tonen het niet.</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/view.py" line="247"/>
        <source>Signals per month — no valid search</source>
        <translation>Signalen per maand — geen geldige zoekopdracht</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/view.py" line="249"/>
        <source>all regions</source>
        <translation>alle regio&apos;s</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/view.py" line="252"/>
        <source>Signals per month — {where}</source>
        <translation>Signalen per maand — {where}</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/view.py" line="254"/>
        <source>Signals per month — {where}, as searched and filtered</source>
        <translation>Signalen per maand — {where}, volgens zoekopdracht en filters</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/view.py" line="321"/>
        <source>Signal added: {title}</source>
        <translation>Signaal toegevoegd: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/view.py" line="331"/>
        <source>Saved: {title} (Ctrl+Z undoes)</source>
        <translation>Opgeslagen: {title} (Ctrl+Z maakt ongedaan)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/trendlog/view.py" line="368"/>
        <source>Archived %n signal(s) — Ctrl+Z undoes</source>
        <translation>
            <numerusform>%n signaal gearchiveerd — Ctrl+Z maakt ongedaan</numerusform>
            <numerusform>%n signalen gearchiveerd — Ctrl+Z maakt ongedaan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/trendlog/view.py" line="371"/>
        <source>Status of %n signal(s) set to {status}</source>
        <translation>
            <numerusform>Status van %n signaal ingesteld op {status}</numerusform>
            <numerusform>Status van %n signalen ingesteld op {status}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/view.py" line="393"/>
        <source>The change was not saved; undo history cleared.</source>
        <translation>De wijziging is niet opgeslagen; de geschiedenis voor ongedaan maken is gewist.</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/view.py" line="410"/>
        <source>Imported {n} signal(s)</source>
        <translation>Signalen geïmporteerd: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/view.py" line="419"/>
        <source>Correct the search first: no signals are shown.</source>
        <translation>Verbeter eerst de zoekopdracht: er worden geen signalen getoond.</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/view.py" line="433"/>
        <source>Export the signals shown (not encrypted)</source>
        <translation>Getoonde signalen exporteren (niet versleuteld)</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/view.py" line="435"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel-werkmap (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/signal_table.py" line="27"/>
        <source>Signals</source>
        <translation>Signalen</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="62"/>
        <source>Create a Desk store</source>
        <translation>Desk-database aanmaken</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="62"/>
        <source>Unlock Desk</source>
        <translation>Desk ontgrendelen</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="98"/>
        <source>Desk keeps its data in one encrypted file:
{path}

Choose how it is unlocked.</source>
        <translation>Desk bewaart zijn gegevens in één versleuteld bestand:
{path}

Kies hoe het wordt ontgrendeld.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="104"/>
        <source>Desk was locked. Unlock {name} to continue.</source>
        <translation>Desk was vergrendeld. Ontgrendel {name} om verder te gaan.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="107"/>
        <source>Unlock the store {path}</source>
        <translation>Database {path} ontgrendelen</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="111"/>
        <source>Keep a key in this computer&apos;s keyring</source>
        <translation>Een sleutel bewaren in de wachtwoordkluis van deze computer</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="112"/>
        <source>Use a passphrase</source>
        <translation>Een wachtwoordzin gebruiken</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="113"/>
        <source>Unlock with the keyring</source>
        <translation>Ontgrendelen met de wachtwoordkluis</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="114"/>
        <source>Unlock with a passphrase</source>
        <translation>Ontgrendelen met een wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="120"/>
        <source>A random 256-bit key is kept in the operating system&apos;s keyring. Desk opens without typing anything while you are logged in; anyone who can log in as you can open it too. Best on your own laptop.</source>
        <translation>Een willekeurige 256-bitsleutel wordt bewaard in de wachtwoordkluis van het besturingssysteem. Desk opent zonder dat u iets hoeft te typen zolang u bent ingelogd; iedereen die als u kan inloggen, kan het ook openen. Het best geschikt voor uw eigen laptop.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="128"/>
        <source>You type the passphrase each time Desk opens or unlocks. Works on any machine. If the passphrase is forgotten, the data cannot be recovered.</source>
        <translation>U typt de wachtwoordzin telkens als Desk opent of wordt ontgrendeld. Werkt op elke computer. Bent u de wachtwoordzin vergeten, dan zijn de gegevens niet te herstellen.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="139"/>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="140"/>
        <source>Repeat passphrase</source>
        <translation>Wachtwoordzin herhalen</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="142"/>
        <source>Passphrase strength</source>
        <translation>Sterkte van de wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="144"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtwoordzin:</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="150"/>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="154"/>
        <location filename="../../ui/unlock_dialog.py" line="239"/>
        <source>&amp;Create</source>
        <translation>&amp;Aanmaken</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="154"/>
        <location filename="../../ui/unlock_dialog.py" line="239"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Ontgrendelen</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="169"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Herhalen:</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="177"/>
        <source>Not available here: {reason}</source>
        <translation>Hier niet beschikbaar: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="202"/>
        <source>Too short: use at least {n} characters</source>
        <translation>Te kort: gebruik ten minste {n} tekens</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="205"/>
        <source>Weak: add words or characters</source>
        <translation>Zwak: voeg woorden of tekens toe</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="206"/>
        <source>Fair</source>
        <translation>Redelijk</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="207"/>
        <source>Strong</source>
        <translation>Sterk</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="219"/>
        <source>The two passphrases differ</source>
        <translation>De twee wachtwoordzinnen verschillen</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="237"/>
        <source>Working…</source>
        <translation>Bezig…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="248"/>
        <location filename="../../ui/unlock_dialog.py" line="287"/>
        <source>Type the passphrase.</source>
        <translation>Typ de wachtwoordzin.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="272"/>
        <source>Wrong passphrase, or this file is not a Desk store. Try again.</source>
        <translation>Onjuiste wachtwoordzin, of dit bestand is geen Desk-database. Probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="279"/>
        <source>This store was written by a newer version of Desk (schema {rev}). Update Desk to open it; the store has not been changed.</source>
        <translation>Deze database is geschreven door een nieuwere versie van Desk (schema {rev}). Werk Desk bij om haar te openen; de database is niet gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="291"/>
        <source>This store is damaged ({what}). Nothing was changed. Keep the file and restore the newest backup from {folder}.</source>
        <translation>Deze database is beschadigd ({what}). Er is niets gewijzigd. Bewaar het bestand en zet de nieuwste back-up uit {folder} terug.</translation>
    </message>
</context>
</TS>
