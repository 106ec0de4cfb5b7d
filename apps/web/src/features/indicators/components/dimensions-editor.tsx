import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Form, Input, Row, Space } from 'antd';
import { t } from '../../../lib/i18n';

const required = [{ required: true, whitespace: true, message: t('form.required') }];

/** Breakdowns (phân tổ) of an indicator: each a key, a label and at least two groups. */
export function DimensionsEditor() {
  return (
    <Form.List name="dimensions">
      {(dims, { add, remove }) => (
        <Space orientation="vertical" style={{ width: '100%' }}>
          {dims.map((dim) => (
            <Card
              key={dim.key}
              size="small"
              extra={
                <Button
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={t('indicators.remove')}
                  onClick={() => remove(dim.name)}
                />
              }
            >
              <Row gutter={8}>
                <Col xs={24} sm={10}>
                  <Form.Item
                    name={[dim.name, 'key']}
                    label={t('indicators.dimension.key')}
                    rules={required}
                    extra={t('indicators.keyHelp')}
                  >
                    <Input />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={14}>
                  <Form.Item
                    name={[dim.name, 'label']}
                    label={t('indicators.dimension.label')}
                    rules={required}
                  >
                    <Input />
                  </Form.Item>
                </Col>
              </Row>
              <Form.Item label={t('indicators.dimension.options')} style={{ marginBottom: 0 }}>
                <Form.List name={[dim.name, 'options']}>
                  {(options, ops) => (
                    <>
                      {options.map((o) => (
                        <Row key={o.key} gutter={8} wrap={false} align="top">
                          <Col flex="120px">
                            <Form.Item name={[o.name, 'key']} rules={required}>
                              <Input
                                placeholder={t('indicators.option.key')}
                                aria-label={t('indicators.option.key')}
                              />
                            </Form.Item>
                          </Col>
                          <Col flex="auto">
                            <Form.Item name={[o.name, 'label']} rules={required}>
                              <Input
                                placeholder={t('indicators.option.label')}
                                aria-label={t('indicators.option.label')}
                              />
                            </Form.Item>
                          </Col>
                          <Col flex="32px">
                            <Button
                              type="text"
                              icon={<DeleteOutlined />}
                              aria-label={t('indicators.remove')}
                              onClick={() => ops.remove(o.name)}
                            />
                          </Col>
                        </Row>
                      ))}
                      <Button
                        type="dashed"
                        size="small"
                        icon={<PlusOutlined />}
                        onClick={() => ops.add({ key: '', label: '' })}
                      >
                        {t('indicators.option.add')}
                      </Button>
                    </>
                  )}
                </Form.List>
              </Form.Item>
            </Card>
          ))}
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            onClick={() =>
              add({
                key: '',
                label: '',
                options: [
                  { key: '', label: '' },
                  { key: '', label: '' },
                ],
              })
            }
          >
            {t('indicators.dimension.add')}
          </Button>
        </Space>
      )}
    </Form.List>
  );
}
