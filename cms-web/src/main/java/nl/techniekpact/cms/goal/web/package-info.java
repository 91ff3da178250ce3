/** The public goal pages: {@code /doelen} and {@code /doelen/{number}}. */
package nl.techniekpact.cms.goal.web;
