/** Programs: funded lines of work with managers, dates, budget, co-financing and participating members. */
package cl.clusterminero.gestion.program;
