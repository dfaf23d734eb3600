import type { importIssues } from '../../en/import-issues.js';
import type { Message } from '../../message.js';

/** German: the import wizard's sentence for each issue code of the built-in importers. */
export const importIssueWords: Readonly<Record<keyof typeof importIssues, Message>> = {
  'import.issue.MISSING_NAME': 'Kein Name: Die Zeile wurde ausgelassen.',
  'import.issue.EXTRA_CELLS': 'Mehr Zellen als Spalten: Die Zeile wurde ausgelassen.',
  'import.issue.UNREADABLE_ROW':
    'Die Zeile ließ sich nicht lesen (ein Anführungszeichen ist nicht geschlossen): Sie wurde ausgelassen oder gekürzt.',
  'import.issue.AMBIGUOUS_DATE_ORDER':
    'Die Datumsangaben zeigen nicht, ob Tag oder Monat zuerst steht: Sie wurden als Monat/Tag/Jahr gelesen, sofern Sie die Reihenfolge nicht wählen.',
  'import.issue.DATE_ZONE_IGNORED':
    'Datumsangaben mit Zeitzone: Ihre Uhrzeit wurde wie geschrieben übernommen.',
  'import.issue.INVALID_DATE': 'Kein Datum: Die Zelle wurde leer gelassen.',
  'import.issue.END_BEFORE_START': 'Das Ende liegt vor dem Anfang: Das Ende wurde ausgelassen.',
  'import.issue.INVALID_DURATION': 'Keine Dauer: Die Zelle wurde leer gelassen.',
  'import.issue.INVALID_PROGRESS': 'Kein Prozentwert von 0 bis 100: Die Zelle wurde leer gelassen.',
  'import.issue.INVALID_VALUE': 'Ein Wert, den dieses Feld nicht aufnehmen kann: Er wurde ausgelassen.',
  'import.issue.DUPLICATE_ID':
    'Diese ID ist schon vergeben oder nicht erlaubt: Der Vorgang hat eine neue ID erhalten.',
  'import.issue.UNKNOWN_PARENT':
    'Kein Vorgang hat diesen Namen oder diese ID des übergeordneten Vorgangs: Der Vorgang wurde auf die oberste Ebene gesetzt.',
  'import.issue.HIERARCHY_CYCLE':
    'Dieser übergeordnete Vorgang würde den Vorgang zu seinem eigenen Vorfahren machen: Der Vorgang wurde auf die oberste Ebene gesetzt.',
  'import.issue.INVALID_OUTLINE':
    'Gliederungsnummer oder Ebene passt nicht zu den Zeilen darüber: Der Vorgang wurde auf die oberste Ebene oder unter die Zeile darüber gesetzt.',
  'import.issue.UNKNOWN_TASK_REFERENCE':
    'Kein Vorgang hat diesen Namen oder diese ID: Die Verknüpfung wurde ausgelassen.',
  'import.issue.AMBIGUOUS_TASK_REFERENCE':
    'Mehrere Vorgänge haben diesen Namen: Die Verknüpfung oder der übergeordnete Vorgang wurde ausgelassen.',
  'import.issue.INVALID_LINK':
    'Keine gültige Verknüpfung (unlesbar, auf den Vorgang selbst oder einen Kreis schließend): Sie wurde ausgelassen.',
  'import.issue.PERCENT_LAG':
    'Ein Zeitabstand in Prozent, den Roadline nicht kennt: Die Verknüpfung wurde mit der entsprechenden Arbeitszeit oder ohne den Zeitabstand importiert.',
  'import.issue.UNKNOWN_RELEASE': 'Kein Release hat diesen Namen: Es wurde ausgelassen.',
  'import.issue.DUPLICATE_COLUMN': 'Eine zweite Spalte für dasselbe Feld: Sie wurde nicht gelesen.',
  'import.issue.MISSING_CALENDAR':
    'Kalender, die die Datei nennt, aber nicht enthält (in Project eingebaute): Jeder wurde als Standardkalender von Project gelesen.',
  'import.issue.ELAPSED_DURATION':
    'Fortlaufende Dauern: Jede wurde als die Arbeitszeit importiert, die sie umfasst.',
  'import.issue.ELAPSED_LAG':
    'Fortlaufende Zeitabstände: Jeder wurde als die Arbeitszeit importiert, die er umfasst.',
  'import.issue.INACTIVE_TASK':
    'Inaktive Vorgänge: Jeder wurde als manueller Vorgang zu seinen Terminen importiert, ohne seine Verknüpfungen.',
  'import.issue.EXTERNAL_TASK':
    'Vorgänge aus anderen Projekten oder eingefügte Teilprojekte: Jeder wurde als manueller Vorgang zu seinen Terminen importiert.',
  'import.issue.EXTERNAL_LINK':
    'Verknüpfungen in andere Projekte: Jede wurde ausgelassen, ihr Nachfolger behält seinen Termin.',
  'import.issue.SCHEDULED_FROM_FINISH':
    'Das Projekt wird vom Ende her geplant: Es wurde mit den von Project berechneten Terminen importiert und vom Anfang her geplant.',
  'import.issue.PROJECT_SUMMARY_LINK': 'Verknüpfungen am Projektsammelvorgang: Sie wurden ausgelassen.',
  'import.issue.MILESTONE_WITH_DURATION':
    'Meilensteine mit einer Dauer: Jeder wurde als Vorgang mit dieser Dauer importiert.',
  'import.issue.LEVELING_DELAY':
    'Kapazitätsabgleichsverzögerungen: Jeder verzögerte Vorgang behält seinen Anfang als Einschränkung „Anfang nicht früher als“.',
  'import.issueTasks': 'Vorgänge: {tasks}',
};
