/** Board meetings (sesiones de directorio) with attendees and agenda, their resolutions (acuerdos), minutes and alerts. */
package cl.clusterminero.gestion.board;
