/** Local purchases screens: the ledger, the report editor, the import, and the regional share per company and cluster. */
package cl.clusterminero.gestion.purchases.ui;
