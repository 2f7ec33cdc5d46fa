import { App, Chart, Testing } from 'cdk8s';
import { DestinationRule, VirtualService, type IstioApiVersion } from '../../infra/index.js';

const destinationRule = { host: 'api.ml.svc.cluster.local', subsets: [{ name: 'blue', labels: { version: 'blue' } }] };
const virtualService = {
  hosts: ['api.ml.svc.cluster.local'],
  http: [{ name: 'default', route: [{ destination: { host: 'api.ml.svc.cluster.local', subset: 'blue' }, weight: 100 }], retries: { attempts: 0 } }]
};

function synth(apiVersion?: IstioApiVersion): unknown[] {
  const chart = Testing.chart();
  new DestinationRule(chart, 'rule', { metadata: { name: 'api', namespace: 'ml' }, spec: destinationRule, ...(apiVersion ? { apiVersion } : {}) });
  new VirtualService(chart, 'routes', { metadata: { name: 'api', namespace: 'ml' }, spec: virtualService, ...(apiVersion ? { apiVersion } : {}) });
  return Testing.synth(chart);
}

test('DestinationRule and VirtualService write networking.istio.io/v1 and their spec as given', () => {
  expect(synth()).toEqual([
    { apiVersion: 'networking.istio.io/v1', kind: 'DestinationRule', metadata: { name: 'api', namespace: 'ml' }, spec: destinationRule },
    { apiVersion: 'networking.istio.io/v1', kind: 'VirtualService', metadata: { name: 'api', namespace: 'ml' }, spec: virtualService }
  ]);
});

test('they write v1beta1, for clusters older than Istio 1.22, when asked', () => {
  expect(synth('v1beta1').map((o) => (o as { apiVersion: string }).apiVersion)).toEqual(['networking.istio.io/v1beta1', 'networking.istio.io/v1beta1']);
});

test('a version model-gate does not write, which only JavaScript can pass, is refused naming the object', () => {
  const chart = new Chart(new App(), 'models');
  expect(() => new VirtualService(chart, 'routes', { spec: virtualService, apiVersion: 'v1alpha3' as IstioApiVersion })).toThrow(
    'VirtualService models/routes: apiVersion "v1alpha3" is not one model-gate writes; expected "v1" or "v1beta1"'
  );
  expect(() => new DestinationRule(chart, 'rule', { spec: destinationRule, apiVersion: 'networking.istio.io/v1' as IstioApiVersion })).toThrow(
    'DestinationRule models/rule: apiVersion "networking.istio.io/v1" is not one model-gate writes; expected "v1" or "v1beta1"'
  );
});
