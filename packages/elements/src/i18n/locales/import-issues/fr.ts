import type { importIssues } from '../../en/import-issues.js';
import type { Message } from '../../message.js';

/** French: the import wizard's sentence for each issue code of the built-in importers. */
export const importIssueWords: Readonly<Record<keyof typeof importIssues, Message>> = {
  'import.issue.MISSING_NAME': 'Pas de nom : la ligne a été ignorée.',
  'import.issue.EXTRA_CELLS': 'Plus de cellules que de colonnes : la ligne a été ignorée.',
  'import.issue.UNREADABLE_ROW':
    'La ligne n’a pas pu être lue (un guillemet n’est pas fermé) : elle a été ignorée ou tronquée.',
  'import.issue.AMBIGUOUS_DATE_ORDER':
    'Les dates ne montrent pas si le jour ou le mois vient en premier : elles ont été lues comme mois/jour/année, sauf si vous choisissez l’ordre.',
  'import.issue.DATE_ZONE_IGNORED': 'Dates avec fuseau horaire : leur heure a été gardée telle qu’écrite.',
  'import.issue.INVALID_DATE': 'Pas une date : la cellule a été laissée vide.',
  'import.issue.END_BEFORE_START': 'La fin précède le début : la fin a été ignorée.',
  'import.issue.INVALID_DURATION': 'Pas une durée : la cellule a été laissée vide.',
  'import.issue.INVALID_PROGRESS': 'Pas un pourcentage de 0 à 100 : la cellule a été laissée vide.',
  'import.issue.INVALID_VALUE': 'Une valeur que ce champ ne peut pas contenir : elle a été ignorée.',
  'import.issue.DUPLICATE_ID': 'Cet ID est déjà utilisé ou interdit : la tâche a reçu un nouvel ID.',
  'import.issue.UNKNOWN_PARENT':
    'Aucune tâche ne porte ce nom ou cet ID de parent : la tâche a été placée au premier niveau.',
  'import.issue.HIERARCHY_CYCLE':
    'Ce parent ferait de la tâche son propre ancêtre : la tâche a été placée au premier niveau.',
  'import.issue.INVALID_OUTLINE':
    'Le numéro hiérarchique ou le niveau ne correspond pas aux lignes du dessus : la tâche a été placée au premier niveau ou sous la ligne du dessus.',
  'import.issue.UNKNOWN_TASK_REFERENCE': 'Aucune tâche ne porte ce nom ou cet ID : le lien a été ignoré.',
  'import.issue.AMBIGUOUS_TASK_REFERENCE':
    'Plusieurs tâches portent ce nom : le lien ou le parent a été ignoré.',
  'import.issue.INVALID_LINK':
    'Lien non valide (illisible, vers la tâche elle-même ou fermant une boucle) : il a été ignoré.',
  'import.issue.PERCENT_LAG':
    'Un décalage en pourcentage, que Roadline n’a pas : le lien a été importé avec le temps de travail correspondant, ou sans le décalage.',
  'import.issue.UNKNOWN_RELEASE': 'Aucune version ne porte ce nom : elle a été ignorée.',
  'import.issue.DUPLICATE_COLUMN': 'Une deuxième colonne pour le même champ : elle n’a pas été lue.',
  'import.issue.MISSING_CALENDAR':
    'Des calendriers que le fichier nomme sans les contenir (ceux intégrés à Project) : chacun a été lu comme le calendrier Standard de Project.',
  'import.issue.ELAPSED_DURATION':
    'Durées écoulées : chacune a été importée comme le temps de travail qu’elle couvre.',
  'import.issue.ELAPSED_LAG':
    'Décalages écoulés : chacun a été importé comme le temps de travail qu’il couvre.',
  'import.issue.INACTIVE_TASK':
    'Tâches inactives : chacune a été importée comme tâche manuelle à ses dates, sans ses liens.',
  'import.issue.EXTERNAL_TASK':
    'Tâches d’autres projets ou sous-projets insérés : chacune a été importée comme tâche manuelle à ses dates.',
  'import.issue.EXTERNAL_LINK':
    'Liens vers d’autres projets : chacun a été ignoré, et son successeur garde sa date.',
  'import.issue.SCHEDULED_FROM_FINISH':
    'Le projet est planifié à partir de sa fin : il a été importé avec les dates calculées par Project, planifié à partir de son début.',
  'import.issue.PROJECT_SUMMARY_LINK': 'Liens sur la tâche récapitulative du projet : ils ont été ignorés.',
  'import.issue.MILESTONE_WITH_DURATION':
    'Jalons avec une durée : chacun a été importé comme tâche de cette durée.',
  'import.issue.LEVELING_DELAY':
    'Retards de nivellement : chaque tâche retardée garde son début comme contrainte « Début au plus tôt le ».',
  'import.issueTasks': 'Tâches : {tasks}',
};
