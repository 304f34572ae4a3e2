<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name></name>
    <message>
        <location filename="../../ui/countries/event_dialog.py" line="75"/>
        <source>Edit event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/event_dialog.py" line="75"/>
        <source>New knowledge-exchange event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/event_dialog.py" line="85"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/event_dialog.py" line="86"/>
        <source>C&amp;ountry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/event_dialog.py" line="87"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/event_dialog.py" line="89"/>
        <source>&amp;Starts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/event_dialog.py" line="90"/>
        <source>&amp;Ends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/event_dialog.py" line="91"/>
        <source>Host &amp;post:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/event_dialog.py" line="92"/>
        <source>Stat&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/event_dialog.py" line="93"/>
        <source>Participants:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/event_dialog.py" line="94"/>
        <source>Notable organisations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/event_dialog.py" line="95"/>
        <source>Themes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/event_dialog.py" line="99"/>
        <source>Outcomes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/event_dialog.py" line="100"/>
        <source>Lessons (best practices):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/event_dialog.py" line="133"/>
        <source>Dated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/event_dialog.py" line="148"/>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/event_dialog.py" line="151"/>
        <location filename="../../ui/countries/event_dialog.py" line="180"/>
        <source>separated by ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/event_dialog.py" line="158"/>
        <source>member states in rotation order, e.g. NL; DE; FR; IT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/event_dialog.py" line="160"/>
        <location filename="../../ui/countries/event_dialog.py" line="316"/>
        <location filename="../../ui/countries/events_view.py" line="72"/>
        <source>Chatham House Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/event_dialog.py" line="164"/>
        <source>Co-&amp;hosts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/event_dialog.py" line="165"/>
        <source>H&amp;ost this time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/event_dialog.py" line="177"/>
        <source>&amp;Cases worked on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/event_dialog.py" line="177"/>
        <source>Participant mix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/event_dialog.py" line="183"/>
        <source>Partner &amp;universities:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/event_dialog.py" line="183"/>
        <source>&amp;Programme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/event_dialog.py" line="304"/>
        <location filename="../../ui/countries/view.py" line="159"/>
        <location filename="../../ui/countries/view.py" line="185"/>
        <location filename="../../ui/documents/issued_dialog.py" line="43"/>
        <location filename="../../ui/meetings/models.py" line="172"/>
        <location filename="../../ui/trade/table_model.py" line="58"/>
        <location filename="../../ui/trendlog/detail.py" line="124"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/event_dialog.py" line="305"/>
        <location filename="../../ui/countries/view.py" line="186"/>
        <location filename="../../ui/meetings/models.py" line="174"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/event_dialog.py" line="306"/>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/event_dialog.py" line="307"/>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/event_dialog.py" line="308"/>
        <location filename="../../ui/countries/events_view.py" line="65"/>
        <source>Host post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/event_dialog.py" line="309"/>
        <location filename="../../ui/countries/events_view.py" line="89"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/event_dialog.py" line="310"/>
        <source>Notable organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/event_dialog.py" line="311"/>
        <location filename="../../ui/countries/events_view.py" line="90"/>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/event_dialog.py" line="312"/>
        <location filename="../../ui/countries/events_view.py" line="91"/>
        <source>Outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/event_dialog.py" line="313"/>
        <source>Lessons (best practices)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/event_dialog.py" line="314"/>
        <source>Co-hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/event_dialog.py" line="315"/>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/event_dialog.py" line="317"/>
        <location filename="../../ui/countries/events_view.py" line="76"/>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/event_dialog.py" line="318"/>
        <source>Participants from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/event_dialog.py" line="319"/>
        <source>Universities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/event_dialog.py" line="320"/>
        <location filename="../../ui/countries/events_view.py" line="85"/>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/events_view.py" line="55"/>
        <source>no date yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/events_view.py" line="64"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/events_view.py" line="69"/>
        <source>Co-hosts, in rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/events_view.py" line="70"/>
        <source>Hosted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/events_view.py" line="71"/>
        <source>Next host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/events_view.py" line="72"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/events_view.py" line="72"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/events_view.py" line="78"/>
        <source>Participant mix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/events_view.py" line="84"/>
        <source>Partner universities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/events_view.py" line="92"/>
        <source>Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/events_view.py" line="93"/>
        <source>Linked signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/events_view.py" line="99"/>
        <source> (a meeting action)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/events_view.py" line="100"/>
        <source>, due {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/events_view.py" line="111"/>
        <source>Take into a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/events_view.py" line="113"/>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/events_view.py" line="120"/>
        <source>The follow-up becomes an action of this meeting and is carried forward until done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/events_view.py" line="145"/>
        <source>Kind of event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/events_view.py" line="146"/>
        <source>all kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/events_view.py" line="150"/>
        <source>&amp;New event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/events_view.py" line="153"/>
        <location filename="../../ui/countries/view.py" line="243"/>
        <source>Knowledge-exchange events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/events_view.py" line="161"/>
        <source>&amp;List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/events_view.py" line="162"/>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/events_view.py" line="165"/>
        <source>Event details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/events_view.py" line="166"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/events_view.py" line="170"/>
        <source>Follow-ups into a meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/events_view.py" line="279"/>
        <source>Event saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/events_view.py" line="315"/>
        <source>{title}: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/events_view.py" line="333"/>
        <source>{region} has no open meeting to take the follow-ups into; plan the series first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/events_view.py" line="345"/>
        <source>Follow-ups added to the meeting&apos;s actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/profile_dialog.py" line="55"/>
        <source>Add row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/profile_dialog.py" line="56"/>
        <source>Remove row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/profile_dialog.py" line="98"/>
        <source>Profile of {country}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/profile_dialog.py" line="104"/>
        <location filename="../../ui/exchange/common.py" line="62"/>
        <location filename="../../ui/meetings/models.py" line="183"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/profile_dialog.py" line="104"/>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/profile_dialog.py" line="104"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/profile_dialog.py" line="107"/>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/profile_dialog.py" line="107"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/profile_dialog.py" line="107"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/profile_dialog.py" line="107"/>
        <location filename="../../ui/trendlog/detail.py" line="127"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/profile_dialog.py" line="112"/>
        <location filename="../../ui/countries/view.py" line="253"/>
        <source>&amp;Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/profile_dialog.py" line="113"/>
        <source>&amp;Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/profile_dialog.py" line="114"/>
        <source>Key &amp;figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/profile_dialog.py" line="134"/>
        <source>(not chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/profile_dialog.py" line="148"/>
        <source>(not assessed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/profile_dialog.py" line="165"/>
        <source>Relation to the &amp;EU:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/profile_dialog.py" line="166"/>
        <source>Relation to &amp;Russia:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/profile_dialog.py" line="167"/>
        <source>Role in circumvention:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/profile_dialog.py" line="168"/>
        <source>Preferred e&amp;xchange:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/profile_dialog.py" line="169"/>
        <source>&amp;Why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/profile_dialog.py" line="170"/>
        <source>&amp;Posts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/profile_dialog.py" line="171"/>
        <source>Ris&amp;k level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/profile_dialog.py" line="172"/>
        <source>Assessed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/profile_dialog.py" line="173"/>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/profile_dialog.py" line="206"/>
        <source>Every key figure needs a label and a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/profile_dialog.py" line="209"/>
        <source>“{year}” is not a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/profile_dialog.py" line="260"/>
        <location filename="../../ui/countries/view.py" line="80"/>
        <source>Relation to the EU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/profile_dialog.py" line="261"/>
        <location filename="../../ui/countries/view.py" line="81"/>
        <source>Relation to Russia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/profile_dialog.py" line="262"/>
        <location filename="../../ui/countries/view.py" line="82"/>
        <source>Role in circumvention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/profile_dialog.py" line="263"/>
        <location filename="../../ui/countries/view.py" line="84"/>
        <source>Preferred exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/profile_dialog.py" line="264"/>
        <location filename="../../ui/countries/view.py" line="87"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/profile_dialog.py" line="265"/>
        <location filename="../../ui/countries/view.py" line="88"/>
        <source>Posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/profile_dialog.py" line="266"/>
        <source>Risk level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/profile_dialog.py" line="267"/>
        <source>Assessed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/profile_dialog.py" line="268"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/profile_dialog.py" line="269"/>
        <location filename="../../ui/exchange/view.py" line="122"/>
        <location filename="../../ui/exchange/view.py" line="124"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/profile_dialog.py" line="270"/>
        <source>Key figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/view.py" line="69"/>
        <source> (assessed {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/view.py" line="89"/>
        <location filename="../../ui/countries/view.py" line="162"/>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/view.py" line="91"/>
        <source>Signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/view.py" line="93"/>
        <source>{total} in the trend log, {recent} observed in the last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/view.py" line="98"/>
        <source>CHPI tiers seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/view.py" line="136"/>
        <source>Directorate of {country}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/view.py" line="139"/>
        <source>All of {country}&apos;s signals move with it to the chosen regional directorate: in the trend log, the counts, the meetings and the briefings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/view.py" line="146"/>
        <source>Regional directorate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/view.py" line="160"/>
        <location filename="../../ui/documents/issued_dialog.py" line="42"/>
        <location filename="../../ui/meetings/models.py" line="221"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/view.py" line="167"/>
        <source>90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/view.py" line="170"/>
        <source>{n} signal(s) observed in the last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/view.py" line="174"/>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/view.py" line="183"/>
        <location filename="../../ui/meetings/models.py" line="86"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/view.py" line="183"/>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/view.py" line="184"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/view.py" line="187"/>
        <location filename="../../ui/meetings/models.py" line="91"/>
        <location filename="../../ui/meetings/models.py" line="215"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/view.py" line="217"/>
        <source>Show countries without profile or signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/view.py" line="220"/>
        <source>Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/view.py" line="229"/>
        <source>Country profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/view.py" line="231"/>
        <source>&amp;Edit profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/view.py" line="233"/>
        <source>Change &amp;directorate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/view.py" line="235"/>
        <source>Profile as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/view.py" line="236"/>
        <source>Prepare the country profile document for a directorate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/view.py" line="241"/>
        <location filename="../../ui/countries/view.py" line="250"/>
        <source>Latest signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/view.py" line="245"/>
        <source>History of the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/view.py" line="254"/>
        <source>&amp;Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/view.py" line="255"/>
        <source>E&amp;vents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/view.py" line="256"/>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/view.py" line="334"/>
        <source>Signals per month — {country}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/view.py" line="338"/>
        <source>E&amp;vents ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/view.py" line="352"/>
        <source>Country profile — {country}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/view.py" line="354"/>
        <source>The profile, key figures, the trend log&apos;s signals and events of {country}, as a PDF. Choose who it is for: signals above the audience&apos;s TLP level are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/view.py" line="372"/>
        <source>Profile saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/view.py" line="410"/>
        <source>{country} now belongs to {region}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/issued_dialog.py" line="40"/>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/issued_dialog.py" line="41"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/issued_dialog.py" line="44"/>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/issued_dialog.py" line="45"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/issued_dialog.py" line="46"/>
        <location filename="../../ui/meetings/models.py" line="170"/>
        <source>TLP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/issued_dialog.py" line="47"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/issued_dialog.py" line="49"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/issued_dialog.py" line="52"/>
        <source> (password-protected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/issued_dialog.py" line="55"/>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/issued_dialog.py" line="56"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/issued_dialog.py" line="66"/>
        <location filename="../../ui/documents/issued_dialog.py" line="71"/>
        <source>Issued documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/issued_dialog.py" line="78"/>
        <source>{n} documents. To check a file, compare its SHA-256 (e.g. `sha256sum file.pdf`) with the one recorded here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/issued_dialog.py" line="82"/>
        <source>No documents have been issued from this store yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/issued_dialog.py" line="85"/>
        <source>&amp;Copy SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/common.py" line="63"/>
        <location filename="../../ui/meetings/models.py" line="184"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/common.py" line="64"/>
        <source>Post or region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/common.py" line="65"/>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/common.py" line="67"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/common.py" line="69"/>
        <source>revoked {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/common.py" line="71"/>
        <source>trusted {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/common.py" line="85"/>
        <source>the {region} contact point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/common.py" line="89"/>
        <source>{who} has everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/common.py" line="91"/>
        <source>1 signal not yet sent to {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/common.py" line="93"/>
        <source>{n} signals not yet sent to {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/common.py" line="99"/>
        <source>%n TLP:RED signal(s) (not asked for)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/common.py" line="101"/>
        <source>%n TLP:RED signal(s) whose author named other recipients</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/common.py" line="103"/>
        <source>%n signal(s) above {tlp}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/common.py" line="110"/>
        <source>%n signal(s) for {who} saved to {path}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange/common.py" line="116"/>
        <source>Left out: {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/common.py" line="118"/>
        <source>Nothing was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/common.py" line="122"/>
        <source>Source withheld for %n Chatham House signal(s): only contact points of their region receive it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange/common.py" line="135"/>
        <source>{file} was already received from {sender}; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/common.py" line="139"/>
        <source>Recorded feedback from {sender} on %n signal(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange/common.py" line="143"/>
        <source>Received {file} from {sender}: {new} new, {updated} updated, {unchanged} unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/common.py" line="153"/>
        <source>kept mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/common.py" line="153"/>
        <source>took theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/common.py" line="155"/>
        <source>, %n conflict(s) ({decided})</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange/identity_box.py" line="26"/>
        <source>This store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/identity_box.py" line="37"/>
        <source>This store has no exchange identity yet. Name it — a post or a contact point — to send and receive packages; Desk makes its keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/identity_box.py" line="43"/>
        <source>&amp;Set up this store&apos;s identity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/identity_box.py" line="57"/>
        <source>Fingerprint — read it aloud to whoever trusts this store&apos;s card:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/identity_box.py" line="68"/>
        <source>This store&apos;s fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/identity_box.py" line="69"/>
        <source>Save my contact &amp;card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/identity_box.py" line="70"/>
        <source>Change name or &amp;place…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/identity_box.py" line="89"/>
        <source>{role}, {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/identity_dialogs.py" line="46"/>
        <source>This store&apos;s identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/identity_dialogs.py" line="50"/>
        <source>Posts and contact points know this store by its name and fingerprint. Changing the name or place later keeps the fingerprint, so contacts still know it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/identity_dialogs.py" line="57"/>
        <source>e.g. Embassy Yerevan or DEU contact point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/identity_dialogs.py" line="62"/>
        <source>e.g. Embassy Yerevan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/identity_dialogs.py" line="68"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/identity_dialogs.py" line="69"/>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/identity_dialogs.py" line="70"/>
        <location filename="../../ui/exchange/send_dialog.py" line="155"/>
        <source>&amp;Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/identity_dialogs.py" line="71"/>
        <source>R&amp;egion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/identity_dialogs.py" line="116"/>
        <location filename="../../ui/exchange/view.py" line="300"/>
        <source>Trust a contact card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/identity_dialogs.py" line="121"/>
        <source>{name}
{role}, {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/identity_dialogs.py" line="130"/>
        <source>Trust this card only once its owner has read you their fingerprint in person or on the phone — never through the channel that brought the card. Type what they read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/identity_dialogs.py" line="140"/>
        <source>The fingerprint its owner read to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/identity_dialogs.py" line="142"/>
        <source>Or: I compared it with its owner and it is exactly:
{fingerprint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/identity_dialogs.py" line="152"/>
        <source>&amp;Trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/identity_dialogs.py" line="179"/>
        <source>What you typed ({fingerprint}) is not this card&apos;s fingerprint. Do not trust it: ask its owner for their card again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/receive_dialog.py" line="46"/>
        <source>Signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/receive_dialog.py" line="47"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/receive_dialog.py" line="48"/>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/receive_dialog.py" line="49"/>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/receive_dialog.py" line="83"/>
        <source>Receive package — {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/receive_dialog.py" line="88"/>
        <source>From {sender}, made {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/receive_dialog.py" line="100"/>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/receive_dialog.py" line="111"/>
        <source>Receiving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/receive_dialog.py" line="116"/>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/receive_dialog.py" line="126"/>
        <source>Feedback on %n of this store&apos;s signals from {sender}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange/receive_dialog.py" line="140"/>
        <source>This package was already received: receiving it again changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/receive_dialog.py" line="149"/>
        <location filename="../../ui/trade/table_model.py" line="25"/>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/receive_dialog.py" line="150"/>
        <source>updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/receive_dialog.py" line="151"/>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/receive_dialog.py" line="152"/>
        <location filename="../../ui/exchange/receive_dialog.py" line="157"/>
        <source>conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/receive_dialog.py" line="171"/>
        <source>Both you and {sender} changed %n signal(s) since you last shared them. Decide which version each keeps:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange/receive_dialog.py" line="204"/>
        <source>Choose how to settle the conflicts first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/send_dialog.py" line="49"/>
        <source>Send signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/send_dialog.py" line="53"/>
        <source>The package is encrypted to the recipients you tick and signed by this store: only they can open it. Desk remembers what each of them has had.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/send_dialog.py" line="71"/>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/send_dialog.py" line="74"/>
        <source>All regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/send_dialog.py" line="77"/>
        <source>&amp;Only what they have not had yet (or changed since)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/send_dialog.py" line="81"/>
        <source>up to {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/send_dialog.py" line="84"/>
        <source>Include TLP:&amp;RED signals whose author named exactly these recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/send_dialog.py" line="88"/>
        <source>Re&amp;cipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/send_dialog.py" line="89"/>
        <source>Re&amp;gion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/send_dialog.py" line="91"/>
        <source>&amp;Highest TLP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/send_dialog.py" line="97"/>
        <location filename="../../ui/exchange/send_dialog.py" line="156"/>
        <source>&amp;Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/send_dialog.py" line="140"/>
        <source>Send feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/send_dialog.py" line="144"/>
        <source>Feedback tells a post, for each signal it sent, its status here and the meetings that discussed it with their decisions. It carries nothing else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/send_dialog.py" line="151"/>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="84"/>
        <location filename="../../ui/exchange/view.py" line="226"/>
        <source>Exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="102"/>
        <source>Packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="107"/>
        <source>What is not yet sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="108"/>
        <source>Se&amp;nd signals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="110"/>
        <source>&amp;Receive package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="112"/>
        <source>Send &amp;feedback…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="130"/>
        <source>&amp;Trust a contact card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="132"/>
        <source>Re&amp;voke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="170"/>
        <source>No contact points to send to: trust a contact point&apos;s card first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="196"/>
        <source>Set up this store&apos;s identity first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="199"/>
        <source>Trust a contact&apos;s card first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="200"/>
        <source>Feedback goes to posts: trust a post&apos;s card first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="254"/>
        <source>The identity was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="262"/>
        <source>This store is {name}; its fingerprint is {fingerprint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="274"/>
        <source>Save this store&apos;s contact card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="289"/>
        <source>Contact card saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="291"/>
        <source>Saved this store&apos;s contact card to {path}. Send it to your contact, then read them its fingerprint: {fingerprint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="295"/>
        <source>The card was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="312"/>
        <source>This card cannot be trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="324"/>
        <source>{name} is now a trusted contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="328"/>
        <source>This card was not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="340"/>
        <source>Revoke a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="342"/>
        <source>Stop trusting {name}? Its packages will be refused and nothing more is sent to it. To trust it again you need a new card and to compare its fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="348"/>
        <source>&amp;Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="358"/>
        <source>{name} revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="361"/>
        <source>The contact was not revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="381"/>
        <source>Save the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="395"/>
        <source>Nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="395"/>
        <location filename="../../ui/exchange/view.py" line="423"/>
        <source>No package was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="399"/>
        <source>Package saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="412"/>
        <source>Save the feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="418"/>
        <source>Feedback saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/view.py" line="419"/>
        <source>Feedback on %n signal(s) for {post} saved to {path}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="423"/>
        <source>No feedback was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="429"/>
        <source>Receive a package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="442"/>
        <source>New conflicts appeared since the preview: nothing was changed. Receive the package again to decide them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="445"/>
        <location filename="../../ui/exchange/view.py" line="447"/>
        <source>The package was not received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="447"/>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="473"/>
        <source>Package received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="51"/>
        <source>MainWindow</source>
        <comment>Team database {db} on {server} · as {user}</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="80"/>
        <source>moved from {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="90"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="92"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="107"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="109"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="112"/>
        <source>carried over from an earlier meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="115"/>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="116"/>
        <source>Presenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="169"/>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="171"/>
        <location filename="../../ui/trendlog/detail.py" line="122"/>
        <source>Observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="173"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="185"/>
        <source>Organisation or post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="187"/>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="197"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="211"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="212"/>
        <source>Owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="213"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="216"/>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="222"/>
        <source>Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trade/table_model.py" line="30"/>
        <source>all CHPI goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trade/table_model.py" line="33"/>
        <source>tier {tier}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trade/table_model.py" line="59"/>
        <source>HS code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trade/table_model.py" line="60"/>
        <source>Flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trade/table_model.py" line="61"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trade/table_model.py" line="63"/>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trade/table_model.py" line="68"/>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trade/table_model.py" line="76"/>
        <source>Growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trade/table_model.py" line="80"/>
        <source>Excess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trade/table_model.py" line="85"/>
        <source>Spike z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trade/table_model.py" line="93"/>
        <source>Mirror</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trade/table_model.py" line="96"/>
        <source>What the other side reports for the same period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trade/table_model.py" line="102"/>
        <source>Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trade/table_model.py" line="103"/>
        <source>flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trade/table_model.py" line="120"/>
        <source>{reporter} exports to {partner}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trade/table_model.py" line="123"/>
        <source>{reporter} imports from {partner}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/commands.py" line="46"/>
        <source>edit of “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/commands.py" line="92"/>
        <source>archiving of %n signal(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/commands.py" line="94"/>
        <source>status change of %n signal(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/detail.py" line="48"/>
        <source>Received from {sender} on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/detail.py" line="52"/>
        <source>Received from {sender}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/detail.py" line="56"/>
        <source>; logged by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/detail.py" line="66"/>
        <source>Feedback from {contact}: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/detail.py" line="68"/>
        <source>at the {region} meeting of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/detail.py" line="72"/>
        <source>; decisions: {decisions}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/detail.py" line="128"/>
        <source>Kind of source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/detail.py" line="129"/>
        <source>HS codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/detail.py" line="130"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/detail.py" line="132"/>
        <source>Logged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="264"/>
        <source>Record an action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="265"/>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="267"/>
        <source>&amp;Owners:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="268"/>
        <source>names, separated by ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="269"/>
        <source>&amp;Due on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="271"/>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="275"/>
        <source>A&amp;genda item:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionsView</name>
    <message>
        <location filename="../../ui/meetings/actions_view.py" line="36"/>
        <source>Which actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/actions_view.py" line="40"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/actions_view.py" line="41"/>
        <source>Mine (open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/actions_view.py" line="42"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/actions_view.py" line="43"/>
        <source>Done or dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/actions_view.py" line="44"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/actions_view.py" line="50"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/actions_view.py" line="52"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/actions_view.py" line="54"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/actions_view.py" line="55"/>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/actions_view.py" line="56"/>
        <source>Open again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/actions_view.py" line="63"/>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/actions_view.py" line="65"/>
        <source>Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/actions_view.py" line="83"/>
        <source>Actions — {region}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/actions_view.py" line="85"/>
        <source>Actions — all regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/actions_view.py" line="130"/>
        <source>anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/actions_view.py" line="139"/>
        <source>{n} action(s), {overdue} overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddSignalsDialog</name>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="296"/>
        <source>Add signals to item 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="299"/>
        <source>Search the trend log, e.g. chips since:2026-09-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="300"/>
        <source>Search signals to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="307"/>
        <source>Matching signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="308"/>
        <source>&amp;Add selected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <location filename="../../ui/meetings/agenda_panel.py" line="24"/>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_panel.py" line="34"/>
        <source>&amp;Add item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_panel.py" line="35"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_panel.py" line="36"/>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_panel.py" line="37"/>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_panel.py" line="38"/>
        <source>Move to next meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_panel.py" line="39"/>
        <source>Duplicate in next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_panel.py" line="40"/>
        <location filename="../../ui/meetings/agenda_panel.py" line="42"/>
        <source>Minutes of the selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_panel.py" line="58"/>
        <source>Signals under item 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_panel.py" line="59"/>
        <source>Add signals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_panel.py" line="60"/>
        <source>Take off item 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_panel.py" line="91"/>
        <source>{total} of {available} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_panel.py" line="94"/>
        <source> — {n} min over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_panel.py" line="100"/>
        <source>Item 1 — signals logged or updated since the previous meeting, best graded first ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_panel.py" line="132"/>
        <source>Minutes — {n}. {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_panel.py" line="204"/>
        <source>Moved to the next meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_panel.py" line="212"/>
        <source>Copied to the next meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_panel.py" line="270"/>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../ui/controller.py" line="194"/>
        <source>Desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <location filename="../../ui/trendlog/table_model.py" line="321"/>
        <source>Re-export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/table_model.py" line="322"/>
        <source>Finance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/table_model.py" line="323"/>
        <source>Legal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/table_model.py" line="324"/>
        <source>Enforcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/table_model.py" line="325"/>
        <source>Diplomatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/table_model.py" line="326"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeKeyDialog</name>
    <message>
        <location filename="../../ui/preferences.py" line="102"/>
        <source>Change how the store is unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="106"/>
        <source>The store is re-encrypted with a new key. The old passphrase or key stops working at once; existing backups keep the old one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="111"/>
        <source>A new key in this computer&apos;s keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="112"/>
        <source>A new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="125"/>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="126"/>
        <source>Repeat new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="129"/>
        <source>New &amp;passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="130"/>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="159"/>
        <source>The two passphrases differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="162"/>
        <source>Too short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="163"/>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="164"/>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="165"/>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="45"/>
        <source>Changed by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="47"/>
        <source>someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="48"/>
        <source>meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="51"/>
        <source>{what} was changed by {who} at {when} since you opened it. Nothing was saved; your edit is still open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="59"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="59"/>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="59"/>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="70"/>
        <source>Your values and theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="80"/>
        <source>&amp;Reload theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="81"/>
        <source>Discard your edit and show what is stored now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="85"/>
        <source>&amp;Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="86"/>
        <source>Go on with your edit; saving again replaces their values with yours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <location filename="../../ui/countries/common.py" line="24"/>
        <source>neighbour / transit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/common.py" line="25"/>
        <source>trade hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/common.py" line="26"/>
        <source>finance hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/common.py" line="27"/>
        <source>pragmatic partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/common.py" line="28"/>
        <source>producer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/common.py" line="29"/>
        <location filename="../../ui/countries/common.py" line="41"/>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/common.py" line="32"/>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/common.py" line="33"/>
        <source>medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/common.py" line="34"/>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/common.py" line="35"/>
        <source>very high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/common.py" line="38"/>
        <source>expert panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/common.py" line="39"/>
        <source>hackathon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/common.py" line="40"/>
        <source>academic collaboration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/events_view.py" line="133"/>
        <source>Knowledge exchange — {region}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/events_view.py" line="134"/>
        <source>Knowledge exchange — all regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/view.py" line="207"/>
        <source>Countries — {region}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/view.py" line="208"/>
        <source>Countries — all regions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="246"/>
        <source>Record a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="247"/>
        <source>&amp;Decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="249"/>
        <source>&amp;Agenda item:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentJob</name>
    <message>
        <location filename="../../ui/documents/job.py" line="71"/>
        <location filename="../../ui/documents/job.py" line="110"/>
        <source>Collecting the content…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/job.py" line="71"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/job.py" line="108"/>
        <source>Laying out the pages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/job.py" line="143"/>
        <source>Not prepared: {why}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentOptionsDialog</name>
    <message>
        <location filename="../../ui/documents/options_dialog.py" line="57"/>
        <source>Regional contact point — everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/options_dialog.py" line="58"/>
        <source>Directorate — without TLP:RED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/options_dialog.py" line="59"/>
        <source>External — TLP:GREEN and CLEAR only, no names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/options_dialog.py" line="65"/>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/options_dialog.py" line="71"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/options_dialog.py" line="77"/>
        <source>Marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/options_dialog.py" line="80"/>
        <source>The list is set in Preferences. Stg. markings are refused: the local store is not accredited for state secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/options_dialog.py" line="88"/>
        <source>&amp;Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/options_dialog.py" line="89"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/options_dialog.py" line="90"/>
        <source>&amp;Marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/options_dialog.py" line="92"/>
        <source>Pass&amp;word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/options_dialog.py" line="93"/>
        <source>&amp;Repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/options_dialog.py" line="95"/>
        <source>&amp;Prepare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/options_dialog.py" line="106"/>
        <source>Protect the PDF with a password (AES-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/options_dialog.py" line="107"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/options_dialog.py" line="108"/>
        <source>Repeat the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/options_dialog.py" line="134"/>
        <source>Type a password, or untick the box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/options_dialog.py" line="136"/>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentPreviewDialog</name>
    <message>
        <location filename="../../ui/documents/preview_dialog.py" line="45"/>
        <source>Preview — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview_dialog.py" line="57"/>
        <source>Document preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview_dialog.py" line="62"/>
        <source>{tlp} · {audience} · {lang} · {marking} · {pages} pages{protected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview_dialog.py" line="68"/>
        <source> · password on saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview_dialog.py" line="89"/>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview_dialog.py" line="91"/>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview_dialog.py" line="93"/>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview_dialog.py" line="95"/>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview_dialog.py" line="98"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview_dialog.py" line="126"/>
        <source>Page {page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview_dialog.py" line="147"/>
        <source>Save the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview_dialog.py" line="147"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview_dialog.py" line="157"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview_dialog.py" line="170"/>
        <source>Saved to {path} and recorded (SHA-256 {digest}…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview_dialog.py" line="180"/>
        <source>The file could not be written: {why}. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview_dialog.py" line="183"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventTimeline</name>
    <message>
        <location filename="../../ui/countries/timeline.py" line="34"/>
        <source>Timeline of knowledge-exchange events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../../ui/exchange/common.py" line="23"/>
        <source>post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/common.py" line="24"/>
        <source>contact point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/common.py" line="26"/>
        <source>Desk exchange package (*.deskx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/common.py" line="27"/>
        <source>Desk contact card (*.card)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/receive_dialog.py" line="58"/>
        <source>&amp;Stop: receive nothing until the conflicts are settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/receive_dialog.py" line="62"/>
        <source>&amp;Keep mine for the conflicting signals, receive the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/receive_dialog.py" line="66"/>
        <source>&amp;Take theirs for the conflicting signals (mine stay in the history)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportOptionsDialog</name>
    <message>
        <location filename="../../ui/trendlog/export_dialog.py" line="34"/>
        <source>Export signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/export_dialog.py" line="38"/>
        <source>The file will not be encrypted: anyone who has a copy can read it. Signals above the TLP you choose are left out; the file is marked with its marking and the highest TLP it holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/export_dialog.py" line="48"/>
        <source>up to {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/export_dialog.py" line="50"/>
        <source>Highest TLP to include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/export_dialog.py" line="55"/>
        <source>Marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/export_dialog.py" line="56"/>
        <source>The list is set in Preferences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/export_dialog.py" line="60"/>
        <source>TLP:RED is for its named recipients only, with no further disclosure: export it only for such a person, and keep the file somewhere encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/export_dialog.py" line="70"/>
        <source>&amp;Include signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/export_dialog.py" line="71"/>
        <source>&amp;Marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/export_dialog.py" line="73"/>
        <source>&amp;Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../ui/trendlog/import_wizard.py" line="83"/>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/import_wizard.py" line="86"/>
        <source>A .csv or .xlsx file with a header row in Desk&apos;s import format. The whole file is checked first; if any row is wrong, nothing is imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/import_wizard.py" line="91"/>
        <source>File to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/import_wizard.py" line="92"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/import_wizard.py" line="104"/>
        <source>Import signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/import_wizard.py" line="104"/>
        <source>Signal files (*.csv *.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlowChart</name>
    <message>
        <location filename="../../ui/trade/chart.py" line="29"/>
        <source>Monthly values of the chosen flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trade/chart.py" line="58"/>
        <source>Baseline {years}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trade/chart.py" line="63"/>
        <source>Baseline level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trade/chart.py" line="72"/>
        <source>Value ({currency})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Grades</name>
    <message>
        <location filename="../../ui/trendlog/edit_dialog.py" line="34"/>
        <source>completely reliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/edit_dialog.py" line="35"/>
        <source>usually reliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/edit_dialog.py" line="36"/>
        <source>fairly reliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/edit_dialog.py" line="37"/>
        <source>not usually reliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/edit_dialog.py" line="38"/>
        <source>unreliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/edit_dialog.py" line="39"/>
        <source>reliability cannot be judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/edit_dialog.py" line="42"/>
        <source>confirmed by other sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/edit_dialog.py" line="43"/>
        <source>probably true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/edit_dialog.py" line="44"/>
        <source>possibly true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/edit_dialog.py" line="45"/>
        <source>doubtful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/edit_dialog.py" line="46"/>
        <source>improbable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/edit_dialog.py" line="47"/>
        <source>truth cannot be judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/edit_dialog.py" line="50"/>
        <source>anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/edit_dialog.py" line="51"/>
        <source>the recipient&apos;s community, not public channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/edit_dialog.py" line="52"/>
        <source>the recipient&apos;s organisation and its clients, need to know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/edit_dialog.py" line="55"/>
        <source>the recipient&apos;s own organisation only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/edit_dialog.py" line="56"/>
        <source>only the named recipients</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/trendlog/import_wizard.py" line="299"/>
        <source>Import signals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="156"/>
        <source>New agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="158"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="159"/>
        <source>&amp;Minutes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="162"/>
        <source>&amp;Presenter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="164"/>
        <source>&amp;Shareable with external readers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="165"/>
        <source>Shareable with external readers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="168"/>
        <source>Documents for external readers show this item&apos;s title. Unticked, they show the item without its title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="175"/>
        <source>Agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="191"/>
        <source>Standing items are shown to external readers under their standing titles.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="42"/>
        <source>contact point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="43"/>
        <source>post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="44"/>
        <source>reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="90"/>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="92"/>
        <source>Lock state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="96"/>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="112"/>
        <source>Waiting for another Desk process to finish writing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="146"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="150"/>
        <source>&amp;New store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="152"/>
        <source>&amp;Open store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="157"/>
        <source>&amp;Import signals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="160"/>
        <source>&amp;Export signals shown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="164"/>
        <source>Prepare &amp;briefing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="166"/>
        <source>Issued &amp;documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="169"/>
        <source>&amp;Back up store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171"/>
        <source>&amp;Change passphrase or unlock method…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="174"/>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="176"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="178"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="179"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="181"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="187"/>
        <source>&amp;New signal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="189"/>
        <source>&amp;Edit signal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="190"/>
        <source>Set &amp;status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="198"/>
        <source>&amp;Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="199"/>
        <source>Select &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="202"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="205"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="206"/>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="207"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="209"/>
        <source>Show &amp;detail pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="214"/>
        <source>Show &amp;trend chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="219"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="220"/>
        <source>&amp;Search syntax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="221"/>
        <source>&amp;About Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="239"/>
        <source>Store: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="241"/>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="241"/>
        <source>Unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="286"/>
        <source>Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="304"/>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="316"/>
        <source>Open a meeting (Meetings in the navigator) to prepare its briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="330"/>
        <source>New Desk store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="330"/>
        <location filename="../../ui/main_window.py" line="337"/>
        <location filename="../../ui/main_window.py" line="344"/>
        <source>Desk store (*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="337"/>
        <source>Open a Desk store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="344"/>
        <source>Back up the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="351"/>
        <source>Backed up to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="353"/>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="367"/>
        <source>The store now unlocks with the new key; the old one no longer works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="370"/>
        <source>The key was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="392"/>
        <source>Search syntax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="394"/>
        <source>Type words to search titles, summaries, sources and tags (the last word also matches as a prefix; &quot;quoted phrases&quot;; -word excludes).

Filters:
  country:TH or country:Armenië   region:DAO
  hs:8542   tier:1 (or tier:3, tier:3.A)
  tlp:red   tlp:&lt;=amber
  grade:&lt;=B2   grade:A1   grade:&gt;=C
  status:new   category:finance   tag:crypto   chr:yes
  since:2026-10-01   until:2026-10-31

Several values: country:TH,AE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="413"/>
        <source>About Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="415"/>
        <source>&lt;h3&gt;Desk {version}&lt;/h3&gt;&lt;p&gt;Trend log, meetings, country profiles and briefings of the sanctions policy unit.&lt;/p&gt;&lt;p&gt;Qt {qt} · PySide6 {pyside} · SQLite {sqlite} (SQLCipher) · Python {python}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Meetings</name>
    <message>
        <location filename="../../ui/meetings/models.py" line="32"/>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="33"/>
        <location filename="../../ui/meetings/models.py" line="51"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="34"/>
        <source>held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="35"/>
        <source>finalised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="36"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="39"/>
        <source>contact point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="40"/>
        <source>country desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="41"/>
        <source>post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="42"/>
        <source>IMH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="43"/>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="46"/>
        <source>invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="47"/>
        <source>attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="48"/>
        <source>excused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="52"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="53"/>
        <source>dropped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingsView</name>
    <message>
        <location filename="../../ui/meetings/view.py" line="72"/>
        <source>&amp;Plan series…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/view.py" line="73"/>
        <source>Calendar (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/view.py" line="74"/>
        <source>Meetings of the region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/view.py" line="85"/>
        <source>Plan series…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/view.py" line="96"/>
        <source>&amp;Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/view.py" line="97"/>
        <source>Partici&amp;pants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/view.py" line="98"/>
        <source>&amp;Decisions and actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/view.py" line="129"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/view.py" line="130"/>
        <source>Mark &amp;held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/view.py" line="132"/>
        <source>&amp;Finalise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/view.py" line="134"/>
        <source>&amp;Re-open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/view.py" line="141"/>
        <source>&amp;Move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/view.py" line="142"/>
        <source>Ca&amp;ncel meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/view.py" line="143"/>
        <source>Prepare &amp;briefing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/view.py" line="146"/>
        <source>The pre-read for this meeting as a PDF: agenda, signals since the last meeting, actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/view.py" line="149"/>
        <source>Minutes as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/view.py" line="180"/>
        <source>Meetings — choose a region in the navigator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/view.py" line="186"/>
        <source>Four-weekly meetings — {region}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/view.py" line="228"/>
        <source>No meetings planned for {region} yet. Use “Plan series…” to plan the four-weekly meetings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/view.py" line="231"/>
        <source>Choose a region in the navigator to see its meetings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/view.py" line="253"/>
        <source>No meeting selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/view.py" line="269"/>
        <source>{region} meeting of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/view.py" line="277"/>
        <source>Status: {status}. {where}Covers what was logged or updated from {since} to {until}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/view.py" line="287"/>
        <source>This meeting is finalised: it cannot be changed. Re-open it to correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/view.py" line="289"/>
        <source>This meeting is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/view.py" line="301"/>
        <source>The minutes of this meeting as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/view.py" line="303"/>
        <source>Minutes can be prepared once the meeting is opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/view.py" line="310"/>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/view.py" line="344"/>
        <source>Meetings planned for {region}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/view.py" line="355"/>
        <source>Save the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/view.py" line="357"/>
        <source>Calendar (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/view.py" line="364"/>
        <source>Calendar saved to {path}: open it in Outlook to add the meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/view.py" line="383"/>
        <source>Briefing — {region} {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/view.py" line="385"/>
        <source>The pre-read for this meeting: agenda, the signals logged or updated since the previous meeting with counts and a chart, open actions, decisions, coming knowledge-exchange events and a snapshot of each country touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/view.py" line="394"/>
        <source>Minutes — {region} {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/view.py" line="396"/>
        <source>Attendance, minutes per agenda item, decisions and the actions agreed, with owners and due dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/view.py" line="426"/>
        <source>Cancel meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/view.py" line="427"/>
        <source>Cancel this meeting? The rest of the series stays as planned.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveMeetingDialog</name>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="137"/>
        <source>Move this meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="138"/>
        <source>Only this meeting moves; the rest of the series stays as planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="140"/>
        <source>&amp;New date and time:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../ui/navigator.py" line="23"/>
        <source>Navigator: sections and regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/navigator.py" line="74"/>
        <source>{title} ({n})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomesPanel</name>
    <message>
        <location filename="../../ui/meetings/outcomes_panel.py" line="23"/>
        <location filename="../../ui/meetings/outcomes_panel.py" line="42"/>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/outcomes_panel.py" line="26"/>
        <location filename="../../ui/meetings/outcomes_panel.py" line="45"/>
        <source>Actions agreed in this meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/outcomes_panel.py" line="29"/>
        <source>Actions carried forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/outcomes_panel.py" line="30"/>
        <source>Record &amp;decision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/outcomes_panel.py" line="31"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/outcomes_panel.py" line="32"/>
        <source>Record a&amp;ction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/outcomes_panel.py" line="33"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/outcomes_panel.py" line="35"/>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/outcomes_panel.py" line="38"/>
        <source>Open again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/outcomes_panel.py" line="71"/>
        <source>Carried forward from earlier meetings ({n}, {overdue} overdue)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="218"/>
        <source>Add a participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="219"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="220"/>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="223"/>
        <source>&amp;Organisation or post:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeoplePanel</name>
    <message>
        <location filename="../../ui/meetings/people_panel.py" line="19"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/people_panel.py" line="20"/>
        <source>Add &amp;participant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/people_panel.py" line="22"/>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/people_panel.py" line="24"/>
        <source>Excused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/people_panel.py" line="25"/>
        <source>Invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/people_panel.py" line="26"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanSeriesDialog</name>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="97"/>
        <source>Plan the {region} meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="101"/>
        <source>Meetings every four weeks from the first date. Planning again changes the series from that date onward; meetings that already have content are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="106"/>
        <source>Meetings every four weeks from the first date, at this time in The Hague.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="109"/>
        <source>&amp;First meeting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="113"/>
        <source>&amp;Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="115"/>
        <source>&amp;Number of meetings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="118"/>
        <source>&amp;Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="119"/>
        <source>&amp;Video link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="120"/>
        <source>&amp;Chair:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/preferences.py" line="33"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="35"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="37"/>
        <source>Your post or unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="43"/>
        <source>On a team database the history names you by your log-in: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="49"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="50"/>
        <source>Lock after minutes without input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="52"/>
        <source>Your &amp;name (written in the history):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="53"/>
        <source>Your &amp;post or unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="54"/>
        <source>&amp;Lock after no input for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="56"/>
        <source>Document markings, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="59"/>
        <source>The classification markings documents may carry, one per line; the first is the default. Stg. markings are refused: the local store is not accredited for state secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="65"/>
        <source>Document &amp;markings:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresenceLine</name>
    <message>
        <location filename="../../ui/presence_line.py" line="37"/>
        <source>Others with this record open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/presence_line.py" line="84"/>
        <source>Also open by: {names}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../ui/trendlog/import_wizard.py" line="120"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/import_wizard.py" line="124"/>
        <source>Check result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/import_wizard.py" line="128"/>
        <source>Errors by line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/import_wizard.py" line="144"/>
        <source>Checking {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/import_wizard.py" line="163"/>
        <source>The file was refused: {n} error(s) in {rows} row(s). Nothing will be imported. Correct these lines and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/import_wizard.py" line="174"/>
        <source>{n} signal(s) ready to import; {d} duplicate(s) of stored signals will be skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/import_wizard.py" line="182"/>
        <source>Could not check the file: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../ui/trendlog/import_wizard.py" line="195"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/import_wizard.py" line="200"/>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/import_wizard.py" line="202"/>
        <source>&amp;Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/import_wizard.py" line="214"/>
        <source>Importing {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/import_wizard.py" line="230"/>
        <source>Checking rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/import_wizard.py" line="230"/>
        <source>Writing signals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/import_wizard.py" line="239"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/import_wizard.py" line="245"/>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/import_wizard.py" line="253"/>
        <source>Cancelled: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/import_wizard.py" line="255"/>
        <source>The import failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/import_wizard.py" line="258"/>
        <source>The import failed, nothing was imported: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <location filename="../../ui/countries/events_view.py" line="132"/>
        <source>Knowledge exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/countries/view.py" line="206"/>
        <source>Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="71"/>
        <source>Exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/actions_view.py" line="25"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/view.py" line="57"/>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trade/view.py" line="58"/>
        <source>Trade radar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/view.py" line="66"/>
        <source>Trend log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignalDetailPane</name>
    <message>
        <location filename="../../ui/trendlog/detail.py" line="166"/>
        <source>Signal details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignalEditDialog</name>
    <message>
        <location filename="../../ui/trendlog/edit_dialog.py" line="85"/>
        <source>Edit signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/edit_dialog.py" line="85"/>
        <source>New signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/edit_dialog.py" line="127"/>
        <source>Documents for external readers show only the kind of source, never the source itself or its URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/edit_dialog.py" line="143"/>
        <source>e.g. 8542.31; 8457.10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/edit_dialog.py" line="152"/>
        <source>Chatham House Rule: use the content, never disclose the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/edit_dialog.py" line="155"/>
        <source>separated by ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/edit_dialog.py" line="189"/>
        <source>&amp;Observed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/edit_dialog.py" line="190"/>
        <source>C&amp;ountry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/edit_dialog.py" line="191"/>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/edit_dialog.py" line="192"/>
        <source>&amp;Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/edit_dialog.py" line="193"/>
        <source>C&amp;ategory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/edit_dialog.py" line="194"/>
        <source>&amp;Kind of source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/edit_dialog.py" line="195"/>
        <source>Sou&amp;rce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/edit_dialog.py" line="196"/>
        <source>Source &amp;URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/edit_dialog.py" line="197"/>
        <source>&amp;Reliability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/edit_dialog.py" line="198"/>
        <source>Cre&amp;dibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/edit_dialog.py" line="199"/>
        <source>&amp;HS codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/edit_dialog.py" line="200"/>
        <source>T&amp;LP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/edit_dialog.py" line="202"/>
        <source>Ta&amp;gs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/edit_dialog.py" line="207"/>
        <source>Chatham House Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/edit_dialog.py" line="220"/>
        <source>{field}: error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/edit_dialog.py" line="308"/>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/edit_dialog.py" line="330"/>
        <source>{code}: CHPI tier {tier} — {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/edit_dialog.py" line="334"/>
        <source>{code}: not on the CHPI list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignalTableModel</name>
    <message>
        <location filename="../../ui/trendlog/table_model.py" line="41"/>
        <source>Observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/table_model.py" line="42"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/table_model.py" line="43"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/table_model.py" line="44"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/table_model.py" line="45"/>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/table_model.py" line="46"/>
        <source>TLP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/table_model.py" line="47"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/table_model.py" line="48"/>
        <source>CHPI tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/table_model.py" line="266"/>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceKind</name>
    <message>
        <location filename="../../ui/trendlog/table_model.py" line="329"/>
        <source>Not specified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/table_model.py" line="330"/>
        <source>Post reporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/table_model.py" line="331"/>
        <source>Customs data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/table_model.py" line="332"/>
        <source>Trade statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/table_model.py" line="333"/>
        <source>Open source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/table_model.py" line="334"/>
        <source>EU/partner state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/table_model.py" line="335"/>
        <source>Private sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/table_model.py" line="336"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../ui/trendlog/table_model.py" line="339"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/table_model.py" line="340"/>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/table_model.py" line="341"/>
        <source>Discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/table_model.py" line="342"/>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../ui/trendlog/import_wizard.py" line="270"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/import_wizard.py" line="280"/>
        <source>{n} signal(s) imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/import_wizard.py" line="282"/>
        <source>{n} duplicate(s) skipped:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/import_wizard.py" line="284"/>
        <source>  line {line}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamLoginDialog</name>
    <message>
        <location filename="../../ui/team_login.py" line="55"/>
        <source>Log in to the team database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team_login.py" line="61"/>
        <source>Desk was locked. Log in again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team_login.py" line="63"/>
        <source>Desk works on a shared team database. Log in with your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team_login.py" line="66"/>
        <source>{db} on {host}:{port}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team_login.py" line="72"/>
        <source>(your login name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team_login.py" line="73"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team_login.py" line="75"/>
        <source>saved in the keyring: leave empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team_login.py" line="76"/>
        <source>&amp;Remember in the keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team_login.py" line="83"/>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team_login.py" line="84"/>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team_login.py" line="85"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team_login.py" line="93"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team_login.py" line="96"/>
        <location filename="../../ui/team_login.py" line="119"/>
        <source>&amp;Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team_login.py" line="119"/>
        <source>Logging in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team_login.py" line="140"/>
        <source>Type your password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TradeImportJob</name>
    <message>
        <location filename="../../ui/trade/import_job.py" line="37"/>
        <location filename="../../ui/trade/import_job.py" line="52"/>
        <source>Import trade statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trade/import_job.py" line="50"/>
        <source>Reading the files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trade/import_job.py" line="50"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trade/import_job.py" line="81"/>
        <source>{read} rows read, {kept} under a CHPI code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trade/import_job.py" line="87"/>
        <source>Storing the flows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trade/import_job.py" line="103"/>
        <source>Trade statistics imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trade/import_job.py" line="111"/>
        <source>Cancelled: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trade/import_job.py" line="114"/>
        <source>Trade statistics not imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TradeRadar</name>
    <message>
        <location filename="../../ui/trade/view.py" line="41"/>
        <source>&lt;h3&gt;No trade statistics for {where} yet&lt;/h3&gt;&lt;p&gt;The radar works on official trade statistics you download and import:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Eurostat Comext&lt;/b&gt; — the monthly bulk files (“full” dataset, CN8 products, by declarant and partner) from the Comext bulk download page;&lt;/li&gt;&lt;li&gt;&lt;b&gt;UN Comtrade&lt;/b&gt; — a CSV download of the HS commodity codes you follow, with the third countries as reporters and Russia/Belarus as partners.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Then import them, compressed or not, with &lt;b&gt;Import statistics…&lt;/b&gt; above or on the command line:&lt;/p&gt;&lt;pre&gt;desk trade import FILE…&lt;/pre&gt;&lt;p&gt;Only CHPI goods are kept. The README says which options to choose.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TradeRadarView</name>
    <message>
        <location filename="../../ui/trade/view.py" line="76"/>
        <source>Trade flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trade/view.py" line="84"/>
        <source>Draft signal from this flow…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trade/view.py" line="104"/>
        <source>How to import trade statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trade/view.py" line="122"/>
        <source>Show &amp;all flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trade/view.py" line="123"/>
        <source>Unticked: only the flows that pass the thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trade/view.py" line="126"/>
        <source>CHPI tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trade/view.py" line="127"/>
        <source>all tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trade/view.py" line="129"/>
        <source>tier {tier}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trade/view.py" line="132"/>
        <source>HS code, e.g. 8542</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trade/view.py" line="133"/>
        <source>HS code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trade/view.py" line="142"/>
        <source>Baseline, {which} year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trade/view.py" line="145"/>
        <source>Current period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trade/view.py" line="146"/>
        <source>last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trade/view.py" line="150"/>
        <source>&amp;Draft signal from this flow…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trade/view.py" line="152"/>
        <source>&amp;Import statistics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trade/view.py" line="154"/>
        <source>Eurostat Comext or UN Comtrade files: .csv, .dat, .gz, .zip or .7z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trade/view.py" line="160"/>
        <source>&amp;Tier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trade/view.py" line="161"/>
        <source>&amp;HS code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trade/view.py" line="162"/>
        <source>&amp;Baseline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trade/view.py" line="164"/>
        <source>&amp;Current:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trade/view.py" line="178"/>
        <source>Trade radar — {region}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trade/view.py" line="180"/>
        <source>Trade radar — all regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trade/view.py" line="232"/>
        <source>any region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trade/view.py" line="240"/>
        <source>{flagged} of {total} flows flagged · current period {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trade/view.py" line="253"/>
        <source>No flagged flows: tick “Show all flows”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trade/view.py" line="324"/>
        <source>Signal added: {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../ui/trendlog/chart.py" line="45"/>
        <source>Signals per month by category</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendLogView</name>
    <message>
        <location filename="../../ui/trendlog/view.py" line="79"/>
        <source>Search failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/view.py" line="115"/>
        <source>Search — words and filters, e.g. chips country:TH tier:1 grade:&lt;=B2 since:2026-10-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/view.py" line="118"/>
        <source>Search the trend log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/view.py" line="121"/>
        <source>Search problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/view.py" line="124"/>
        <source>Number of signals shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/view.py" line="153"/>
        <source>grade {bound}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/view.py" line="164"/>
        <source>Signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/trendlog/view.py" line="240"/>
        <source>%n signal(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/view.py" line="282"/>
        <source>Signals per month — {region}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/view.py" line="284"/>
        <source>Signals per month — all regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/view.py" line="347"/>
        <source>Signal added: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/view.py" line="356"/>
        <source>Saved: {title} (Ctrl+Z undoes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/trendlog/view.py" line="393"/>
        <source>Archived %n signal(s) — Ctrl+Z undoes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/trendlog/view.py" line="396"/>
        <source>Status of %n signal(s) set to {status}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/view.py" line="418"/>
        <source>The change was not saved; undo history cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/view.py" line="428"/>
        <source>Imported {n} signal(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/view.py" line="448"/>
        <source>Export the signals shown (not encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/view.py" line="450"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/view.py" line="464"/>
        <source>Exported {n} signal(s) to {path} ({tlp}, {marking}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/view.py" line="468"/>
        <source>Left out above {max}: {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/trendlog/view.py" line="473"/>
        <source>Source withheld for %n Chatham House signal(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/trendlog/view.py" line="475"/>
        <source>The file is not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="62"/>
        <source>Create a Desk store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="62"/>
        <source>Unlock Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="98"/>
        <source>Desk keeps its data in one encrypted file:
{path}

Choose how it is unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="104"/>
        <source>Desk was locked. Unlock {name} to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="107"/>
        <source>Unlock the store {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="111"/>
        <source>Keep a key in this computer&apos;s keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="112"/>
        <source>Use a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="113"/>
        <source>Unlock with the keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="114"/>
        <source>Unlock with a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="120"/>
        <source>A random 256-bit key is kept in the operating system&apos;s keyring. Desk opens without typing anything while you are logged in; anyone who can log in as you can open it too. Best on your own laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="128"/>
        <source>You type the passphrase each time Desk opens or unlocks. Works on any machine. If the passphrase is forgotten, the data cannot be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="139"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="140"/>
        <source>Repeat passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="142"/>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="144"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="150"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="154"/>
        <location filename="../../ui/unlock_dialog.py" line="239"/>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="154"/>
        <location filename="../../ui/unlock_dialog.py" line="239"/>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="169"/>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="177"/>
        <source>Not available here: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="202"/>
        <source>Too short: use at least {n} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="205"/>
        <source>Weak: add words or characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="206"/>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="207"/>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="219"/>
        <source>The two passphrases differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="237"/>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="248"/>
        <location filename="../../ui/unlock_dialog.py" line="287"/>
        <source>Type the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="272"/>
        <source>Wrong passphrase, or this file is not a Desk store. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="279"/>
        <source>This store was written by a newer version of Desk (schema {rev}). Update Desk to open it; the store has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="291"/>
        <source>This store is damaged ({what}). Nothing was changed. Keep the file and restore the newest backup from {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="238"/>
        <source>(no particular item)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
