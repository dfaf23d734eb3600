import type { importIssues } from '../../en/import-issues.js';
import type { Message } from '../../message.js';

/** Spanish: the import wizard's sentence for each issue code of the built-in importers. */
export const importIssueWords: Readonly<Record<keyof typeof importIssues, Message>> = {
  'import.issue.MISSING_NAME': 'Sin nombre: la fila se omitió.',
  'import.issue.EXTRA_CELLS': 'Más celdas que columnas: la fila se omitió.',
  'import.issue.UNREADABLE_ROW':
    'La fila no se pudo leer (hay unas comillas sin cerrar): se omitió o quedó cortada.',
  'import.issue.AMBIGUOUS_DATE_ORDER':
    'Las fechas no muestran si va primero el día o el mes: se leyeron como mes/día/año, salvo que elija el orden.',
  'import.issue.DATE_ZONE_IGNORED': 'Fechas con zona horaria: su hora se mantuvo tal como está escrita.',
  'import.issue.INVALID_DATE': 'No es una fecha: la celda se dejó vacía.',
  'import.issue.END_BEFORE_START': 'El fin es anterior al comienzo: el fin se omitió.',
  'import.issue.INVALID_DURATION': 'No es una duración: la celda se dejó vacía.',
  'import.issue.INVALID_PROGRESS': 'No es un porcentaje de 0 a 100: la celda se dejó vacía.',
  'import.issue.INVALID_VALUE': 'Un valor que este campo no admite: se omitió.',
  'import.issue.DUPLICATE_ID': 'Este ID ya está en uso o no se permite: la tarea recibió un ID nuevo.',
  'import.issue.UNKNOWN_PARENT':
    'Ninguna tarea tiene este nombre o ID de tarea principal: la tarea se puso en el nivel superior.',
  'import.issue.HIERARCHY_CYCLE':
    'Esta tarea principal haría de la tarea su propio antecesor: la tarea se puso en el nivel superior.',
  'import.issue.INVALID_OUTLINE':
    'El número de esquema o el nivel no encaja con las filas de arriba: la tarea se puso en el nivel superior o bajo la fila de arriba.',
  'import.issue.UNKNOWN_TASK_REFERENCE': 'Ninguna tarea tiene este nombre o ID: el vínculo se omitió.',
  'import.issue.AMBIGUOUS_TASK_REFERENCE':
    'Varias tareas tienen este nombre: el vínculo o la tarea principal se omitió.',
  'import.issue.INVALID_LINK':
    'No es un vínculo válido (ilegible, a la propia tarea o cerrando un ciclo): se omitió.',
  'import.issue.PERCENT_LAG':
    'Un retraso en porcentaje, que Roadline no tiene: el vínculo se importó con el tiempo de trabajo equivalente, o sin el retraso.',
  'import.issue.UNKNOWN_RELEASE': 'Ninguna versión tiene este nombre: se omitió.',
  'import.issue.DUPLICATE_COLUMN': 'Una segunda columna para el mismo campo: no se leyó.',
  'import.issue.MISSING_CALENDAR':
    'Calendarios que el archivo nombra pero no contiene (los integrados en Project): cada uno se leyó como el calendario Estándar de Project.',
  'import.issue.ELAPSED_DURATION':
    'Duraciones transcurridas: cada una se importó como el tiempo de trabajo que abarca.',
  'import.issue.ELAPSED_LAG':
    'Retrasos transcurridos: cada uno se importó como el tiempo de trabajo que abarca.',
  'import.issue.INACTIVE_TASK':
    'Tareas inactivas: cada una se importó como tarea manual en sus fechas, sin sus vínculos.',
  'import.issue.EXTERNAL_TASK':
    'Tareas de otros proyectos o subproyectos insertados: cada una se importó como tarea manual en sus fechas.',
  'import.issue.EXTERNAL_LINK':
    'Vínculos a otros proyectos: cada uno se omitió, y su sucesora mantiene su fecha.',
  'import.issue.SCHEDULED_FROM_FINISH':
    'El proyecto se programa desde su fin: se importó con las fechas que calculó Project, programado desde su comienzo.',
  'import.issue.PROJECT_SUMMARY_LINK': 'Vínculos en la tarea de resumen del proyecto: se omitieron.',
  'import.issue.MILESTONE_WITH_DURATION':
    'Hitos con duración: cada uno se importó como tarea con esa duración.',
  'import.issue.LEVELING_DELAY':
    'Retrasos por redistribución: cada tarea retrasada mantiene su comienzo como restricción «No comenzar antes del».',
  'import.issueTasks': 'Tareas: {tasks}',
};
