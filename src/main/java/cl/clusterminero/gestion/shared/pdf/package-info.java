/** The house style of the PDF documents the app generates (minutes, status reports), on OpenPDF. */
package cl.clusterminero.gestion.shared.pdf;
