/*
 * Trámite: signing with the signer's local agent (ADR 0019; docs/signing.md, «Agente de firma»).
 *
 * The page asks the agent (tramite.agente.url, http://127.0.0.1:18650 by default) with fetch, and
 * the portal through the p:remoteCommands of its form, which carry the view state and the CSP
 * nonce: step 1 of external signing (tramiteAgentePreparar), step 3 (tramiteAgenteCompletar), and
 * a refusal of the agent for the portal to word (tramiteAgenteError); each calls
 * TramiteAgente.respuesta(args) when it completes. The PIN is never typed here: the agent asks it.
 * No inline script, no eval (the pages' Content-Security-Policy).
 *
 * Markup: an element [data-agente] with data-url and the texts (data-texto-*), holding
 * [data-agente-disponible] (shown when the agent answers GET /estado) with the button
 * [data-agente-firmar], [data-agente-ausente] (shown when it does not), [data-agente-certificados]
 * (the choice of certificate), [data-agente-estado] (what is happening) and [data-agente-origen]
 * (filled with this portal's origin, for the installation note).
 */
(function () {
  'use strict';

  var ESPERA_DEL_ESTADO_MS = 1500;
  var pendiente = null;

  function texto(bloque, clave) {
    return bloque.getAttribute('data-texto-' + clave) || '';
  }

  function estado(bloque, clave) {
    var e = bloque.querySelector('[data-agente-estado]');
    if (e) {
      e.textContent = clave ? texto(bloque, clave) : '';
    }
  }

  function conLimite(ms) {
    var c = new AbortController();
    setTimeout(function () { c.abort(); }, ms);
    return c.signal;
  }

  /** A call to the agent; a refusal is thrown as {codigo, mensaje, intentos}. */
  async function agente(bloque, ruta, opciones) {
    var respuesta;
    try {
      respuesta = await fetch(bloque.getAttribute('data-url') + ruta,
          Object.assign({ mode: 'cors', credentials: 'omit', cache: 'no-store' }, opciones || {}));
    } catch (e) {
      // not running, or started without this portal's origin (the browser hides its 403)
      throw { codigo: 'NO_DISPONIBLE' };
    }
    var datos = null;
    try {
      datos = await respuesta.json();
    } catch (e) {
      datos = null;
    }
    if (!respuesta.ok) {
      throw {
        codigo: (datos && datos.codigo) || 'NO_DISPONIBLE',
        mensaje: datos && datos.mensaje,
        intentos: datos ? datos.intentosRestantes : null
      };
    }
    return datos || {};
  }

  /** A remote command of the page; resolves with its callback arguments. */
  function portal(nombre, parametros) {
    return new Promise(function (resolver) {
      pendiente = resolver;
      window[nombre](Object.keys(parametros).map(function (k) {
        return { name: k, value: parametros[k] };
      }));
    });
  }

  function fecha(iso) {
    var d = new Date(iso);
    return isNaN(d.getTime()) ? '' : d.toLocaleDateString(document.documentElement.lang || 'es-PE');
  }

  function cnDe(dn) {
    var m = /(?:^|,)\s*CN=([^,]+)/.exec(dn || '');
    return m ? m[1] : (dn || '');
  }

  /** The certificate to sign with: the only one, or the one the person chooses. */
  function elegir(bloque, lista) {
    var deFirma = lista.filter(function (c) { return c.noRepudio; });
    var candidatos = deFirma.length > 0 ? deFirma : lista;
    if (candidatos.length === 0) {
      return Promise.reject({ codigo: 'SIN_CERTIFICADOS' });
    }
    if (candidatos.length === 1) {
      return Promise.resolve(candidatos[0]);
    }
    var caja = bloque.querySelector('[data-agente-certificados]');
    return new Promise(function (resolver) {
      caja.replaceChildren();
      var grupo = document.createElement('fieldset');
      var leyenda = document.createElement('legend');
      leyenda.textContent = texto(bloque, 'elegir');
      grupo.appendChild(leyenda);
      candidatos.forEach(function (c, i) {
        var etiqueta = document.createElement('label');
        etiqueta.className = 'certificado-del-agente';
        var opcion = document.createElement('input');
        opcion.type = 'radio';
        opcion.name = 'certificado-del-agente';
        opcion.value = String(i);
        opcion.checked = i === 0;
        etiqueta.appendChild(opcion);
        etiqueta.appendChild(document.createTextNode(' ' + c.titular + ' — ' + cnDe(c.emisor)
            + ' · ' + (c.token || '') + ' · ' + texto(bloque, 'vence') + ' ' + fecha(c.validoHasta)));
        grupo.appendChild(etiqueta);
      });
      var seguir = document.createElement('button');
      seguir.type = 'button';
      seguir.className = 'ui-button ui-widget ui-state-default ui-corner-all ui-button-text-only';
      seguir.setAttribute('data-agente-continuar', '');
      var rotulo = document.createElement('span');
      rotulo.className = 'ui-button-text ui-c';
      rotulo.textContent = texto(bloque, 'continuar');
      seguir.appendChild(rotulo);
      seguir.addEventListener('click', function () {
        var marcada = grupo.querySelector('input:checked');
        caja.hidden = true;
        caja.replaceChildren();
        resolver(candidatos[marcada ? Number(marcada.value) : 0]);
      });
      grupo.appendChild(seguir);
      caja.appendChild(grupo);
      caja.hidden = false;
    });
  }

  async function firmar(bloque, boton) {
    boton.disabled = true;
    try {
      estado(bloque, 'buscando');
      var lista = (await agente(bloque, '/certificados')).certificados || [];
      estado(bloque, null);
      var certificado = await elegir(bloque, lista);
      estado(bloque, 'preparando');
      var preparada = await portal('tramiteAgentePreparar',
          { certificados: certificado.certificados.join(',') });
      if (preparada.validationFailed || !preparada.firmas) {
        return; // the portal said why (a revoked certificate, a task already signed...)
      }
      estado(bloque, 'pin');
      var firmado = await agente(bloque, '/firmas', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          certificado: certificado.id,
          digestAlgorithm: preparada.digestAlgorithm,
          firmas: JSON.parse(preparada.firmas)
        })
      });
      estado(bloque, 'completando');
      await portal('tramiteAgenteCompletar',
          { resultados: JSON.stringify(firmado.resultados || []) });
    } catch (e) {
      estado(bloque, null);
      var error = e && e.codigo ? e : { codigo: '' };
      await portal('tramiteAgenteError', {
        codigo: error.codigo,
        intentos: error.intentos == null ? '' : String(error.intentos),
        mensaje: error.mensaje || ''
      });
    } finally {
      estado(bloque, null);
      boton.disabled = false;
    }
  }

  async function preparar(bloque) {
    if (bloque.hasAttribute('data-agente-listo')) {
      return;
    }
    bloque.setAttribute('data-agente-listo', '');
    bloque.querySelectorAll('[data-agente-origen]').forEach(function (e) {
      e.textContent = window.location.origin;
    });
    var boton = bloque.querySelector('[data-agente-firmar]');
    boton.addEventListener('click', function () { firmar(bloque, boton); });
    var responde = false;
    try {
      var r = await fetch(bloque.getAttribute('data-url') + '/estado', {
        mode: 'cors', credentials: 'omit', cache: 'no-store', signal: conLimite(ESPERA_DEL_ESTADO_MS)
      });
      responde = r.ok;
    } catch (e) {
      responde = false;
    }
    bloque.querySelector('[data-agente-disponible]').hidden = !responde;
    bloque.querySelector('[data-agente-ausente]').hidden = responde;
    bloque.setAttribute('data-agente-responde', String(responde));
  }

  function prepararTodos() {
    document.querySelectorAll('[data-agente]').forEach(preparar);
  }

  window.TramiteAgente = {
    /** oncomplete of the page's remote commands */
    respuesta: function (args) {
      var r = pendiente;
      pendiente = null;
      if (r) {
        r(args || { validationFailed: true });
      }
    }
  };

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', prepararTodos);
  } else {
    prepararTodos();
  }
  // blocks that an ajax update renders (the choice of key, the bandeja after a batch)
  if (window.jQuery) {
    window.jQuery(document).on('pfAjaxComplete', prepararTodos);
  }
})();
