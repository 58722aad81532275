/** The indicators screen: a year's figures as cards, each linking to its list, with PDF and Excel downloads. */
package cl.clusterminero.gestion.indicators.ui;
